using System.Globalization;
using ApiHost.Api;

namespace ApiHost.Admin.Http;

/// <summary>Dates and times as seed 001 writes them, in China time like the mobile protocol (<see cref="ApiTime"/>).</summary>
public static class AdminTime
{
    /// <summary>"yyyy-MM-dd HH:mm:ss".</summary>
    public static string Format(DateTimeOffset time) => ApiTime.Format(time);

    public static string? Format(DateTimeOffset? time) => ApiTime.Format(time);

    /// <summary>"yyyy-MM-dd".</summary>
    public static string FormatDate(DateTimeOffset time) =>
        time.ToOffset(ApiTime.Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
