namespace Orleans.Grains.Identity;

/// <summary>An unused request token: SHA-256 of the token, hex, and when it stops working.</summary>
public sealed record IssuedRequestToken(string Hash, DateTimeOffset ExpiresAt);
