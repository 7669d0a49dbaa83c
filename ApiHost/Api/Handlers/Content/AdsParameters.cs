namespace ApiHost.Api.Handlers.Content;

/// <summary>Section 2.13: the position <c>code</c>; the original server read <c>place_code</c>, so both are accepted
/// (<c>code</c> wins when both are sent).</summary>
public sealed record AdsParameters(string? Code = null, string? PlaceCode = null, string? Token = "");
