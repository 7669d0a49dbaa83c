namespace ApiHost.Api.Handlers.Content;

public sealed record NoticeDetailParameters(long Noticeid, string? Token = "");
