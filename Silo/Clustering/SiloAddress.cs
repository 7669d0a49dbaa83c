using System.Globalization;

namespace Orleans.Runtime;

/// <summary>One silo process: where it listens and which start of it this is. A silo restarted on the same endpoint
/// gets a new generation, so an entry declared dead stays dead even if its endpoint comes back.</summary>
public sealed record SiloAddress(string Endpoint, long Generation)
{
    public override string ToString() => $"{Endpoint}@{Generation.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reads the form written by <see cref="ToString"/> ("host:port@generation").</summary>
    public static SiloAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.LastIndexOf('@');
        if (at <= 0 || !long.TryParse(text.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var generation))
        {
            throw new FormatException($"'{text}' is not a silo address (host:port@generation).");
        }

        return new SiloAddress(text[..at], generation);
    }
}
