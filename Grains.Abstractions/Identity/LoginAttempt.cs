namespace Orleans.Grains.Identity;

/// <summary>A login of <paramref name="UserId"/> (the user of the guard's mobile) with a password or an SMS code.</summary>
public sealed record LoginAttempt(long UserId, LoginMethod Method, string Secret);
