using System.Text.RegularExpressions;
using ApiHost.Admin.Http;
using Orleans.Grains.Admin;

namespace ApiHost.Admin.Auth;

/// <summary>The rules for admin usernames, passwords and role names.</summary>
public static partial class AdminCredentials
{
    public const int MinPasswordLength = 8;

    /// <summary>Bounds the work of hashing a client-chosen password.</summary>
    public const int MaxPasswordLength = 128;

    public const int MaxUsernameLength = 32;

    /// <summary>Usernames are case-insensitive: stored and looked up in lower case.</summary>
    public static string? NormalizeUsername(string? username) =>
        username is { Length: > 0 and <= MaxUsernameLength } && UsernamePattern().IsMatch(username) ? username.ToLowerInvariant() : null;

    public static string RequireUsername(string? username, string field = "username") =>
        NormalizeUsername(username) ?? throw AdminException.Invalid(field, "3-32 letters, digits, '_', '.' or '-', starting with a letter or digit");

    public static string RequirePassword(string? password, string field = "password") =>
        password is { Length: >= MinPasswordLength and <= MaxPasswordLength }
            ? password
            : throw AdminException.Invalid(field, $"must have {MinPasswordLength} to {MaxPasswordLength} characters");

    public static AdminRole ParseRole(string? role, string field = "role") => role?.ToLowerInvariant() switch
    {
        "admin" => AdminRole.Admin,
        "operator" => AdminRole.Operator,
        _ => throw AdminException.Invalid(field, "must be \"admin\" or \"operator\""),
    };

    public static string RoleName(AdminRole role) => role == AdminRole.Admin ? "admin" : "operator";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{2,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex UsernamePattern();
}
