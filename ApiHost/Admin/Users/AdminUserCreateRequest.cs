namespace ApiHost.Admin.Users;

/// <summary>Body of POST /v1/admin-users.</summary>
/// <param name="Username">3-32 letters, digits, '_', '.' or '-'; case-insensitive.</param>
/// <param name="Password">8-128 characters.</param>
/// <param name="Role">"admin" or "operator".</param>
public sealed record AdminUserCreateRequest(string Username, string Password, string Role);
