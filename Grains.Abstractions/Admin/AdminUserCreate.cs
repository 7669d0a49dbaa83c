namespace Orleans.Grains.Admin;

/// <summary>A new admin account; the grain hashes the password and keeps only the hash.</summary>
public sealed record AdminUserCreate(string Password, AdminRole Role);
