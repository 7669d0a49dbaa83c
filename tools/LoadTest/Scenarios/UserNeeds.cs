namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>What a scenario needs of each user besides being registered.</summary>
/// <param name="Session">A logged-in token.</param>
/// <param name="Gold">Gold coins to credit through the admin API (0 = none).</param>
/// <param name="Address">A delivery address (reused when the user already has one).</param>
public sealed record UserNeeds(bool Session, long Gold, bool Address);
