namespace ApiHost.Admin.AdPositions;

/// <summary>What can change on an ad position (its code is its identity).</summary>
public sealed record AdPositionUpdateRequest(string Name, bool Enabled = true, int DisplayCount = 0);
