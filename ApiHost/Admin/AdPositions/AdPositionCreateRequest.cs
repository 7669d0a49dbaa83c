namespace ApiHost.Admin.AdPositions;

/// <summary>A new ad position. <c>code</c> (letters, digits, "_", up to 64) is how clients ask for it, e.g. "APP_START_AD".</summary>
public sealed record AdPositionCreateRequest(string Code, string Name, bool Enabled = true, int DisplayCount = 0);
