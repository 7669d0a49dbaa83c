using Orleans.Grains.Admin;

namespace ApiHost.Admin.Http;

/// <summary>The signed-in admin of a request, set by <see cref="AdminAuthFilter"/>.</summary>
public sealed record AdminPrincipal(string Username, AdminRole Role, string TokenHash);
