namespace Orleans.Grains.Identity;

/// <summary>A new session: the token (given out once, stored only as a hash) and the user's profile.</summary>
public sealed record SessionGrant(string Token, UserProfile Profile);
