namespace Orleans.Grains.Admin;

/// <summary>Who a valid admin session belongs to, and the account's role at the time of the check.</summary>
public sealed record AdminSession(string Username, AdminRole Role);
