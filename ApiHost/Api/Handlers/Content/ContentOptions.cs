namespace ApiHost.Api.Handlers.Content;

/// <summary>Where the content methods read from, bound from the "Content" configuration section. (The notice board
/// is system.init's, <c>SystemInit:NoticeBoard</c>, so the dialog and the list show the same notices.)</summary>
public sealed class ContentOptions
{
    /// <summary>The ad position of system.home's carousel. Default "APP_HOME_BANNER".</summary>
    public string HomeAdPosition { get; set; } = "APP_HOME_BANNER";
}
