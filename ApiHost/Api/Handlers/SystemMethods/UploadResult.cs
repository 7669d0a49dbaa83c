namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>Section 2.4's answer: a file id for the client's bookkeeping, the absolute and the relative image URL.</summary>
public sealed record UploadResult(long FileId, string ImageUrl, string RelativeImageUrl);
