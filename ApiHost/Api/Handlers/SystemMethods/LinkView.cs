namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>A menu button of the app: its label and where it leads (app_service, app_about, app_feedback).</summary>
public sealed record LinkView(string Txt, string Url);
