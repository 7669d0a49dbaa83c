using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ApiHost.Api;

/// <summary>The one rule for mainland mobile numbers (^1[3-9]\d{9}$), shared by every protocol and the admin API.</summary>
public static partial class MobileNumber
{
    public static bool IsValid([NotNullWhen(true)] string? mobile) => mobile is not null && Pattern().IsMatch(mobile);

    [GeneratedRegex(@"^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
