namespace Orleans.Grains.Content;

/// <summary>Keys of <see cref="IAppUpgradeGrain"/>: "{platform}:{channel}" for the app platforms (1 iOS, 2 Android).
/// The channel comes from the client, so anything that is not a short plain name maps to the default channel
/// instead of creating a grain per arbitrary string.</summary>
public static class AppUpgradeKey
{
    public const int MaxChannelLength = 32;

    /// <summary>The key for a client, or null for platforms without app upgrades (H5, web).</summary>
    public static string? For(int platform, string? channel) =>
        platform is 1 or 2 ? $"{platform}:{(IsPlainChannel(channel) ? channel : string.Empty)}" : null;

    /// <summary>The default channel of the platform named by <paramref name="key"/>.</summary>
    public static string DefaultOf(string key) => key[..(key.IndexOf(':', StringComparison.Ordinal) + 1)];

    public static bool IsDefault(string key) => key.EndsWith(':');

    private static bool IsPlainChannel(string? channel) =>
        channel is { Length: > 0 and <= MaxChannelLength } &&
        channel.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
