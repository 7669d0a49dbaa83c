using System.Text.RegularExpressions;
using Orleans.Grains.Identity;

namespace ApiHost.Api.Handlers.User;

/// <summary>Input rules shared by the identity methods (issue 3, "Rules").</summary>
public static partial class IdentityRules
{
    /// <summary>Longest secret (password or code) accepted at all, so a client cannot make the server hash megabytes.</summary>
    public const int MaxSecretLength = 64;

    public static string Mobile(string? mobile, string name = "mobile") =>
        MobileNumber.IsValid(mobile) ? mobile : throw ApiException.Parameter(name, "不是有效的手机号码");

    /// <summary>A password to be set: 6-20 of letters, digits, underscore and dash.</summary>
    public static string NewPassword(string? password, string name) =>
        password is not null && PasswordPattern().IsMatch(password)
            ? password
            : throw ApiException.Parameter(name, "须为 6-20 位字母、数字、下划线或破折号");

    /// <summary>A password or code to be checked: present and of bounded length; its format is not revealed.</summary>
    public static string Secret(string? secret, string name) =>
        secret is { Length: > 0 and <= MaxSecretLength } ? secret : throw ApiException.Parameter(name, "不能为空");

    public static SessionSlot SlotOf(FixedParameters fixedParameters) =>
        fixedParameters.IsAppPlatform ? SessionSlot.App : SessionSlot.Web;

    [GeneratedRegex(@"^[A-Za-z0-9_-]{6,20}$")]
    private static partial Regex PasswordPattern();
}
