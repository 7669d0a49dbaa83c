namespace Orleans.Grains.Admin;

/// <summary>Changes to an admin account; null leaves a field as it is. Disabling the account or changing its
/// password ends all of its sessions.</summary>
public sealed record AdminUserChange(bool? Enabled = null, AdminRole? Role = null, string? Password = null);
