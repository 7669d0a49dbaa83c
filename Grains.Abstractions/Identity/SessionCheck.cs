namespace Orleans.Grains.Identity;

/// <summary>The outcome of checking a token; <see cref="UserId"/> is meaningful only when Valid.</summary>
public sealed record SessionCheck(SessionStatus Status, long UserId);
