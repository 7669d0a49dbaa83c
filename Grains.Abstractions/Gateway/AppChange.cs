namespace Orleans.Grains.Gateway;

/// <summary>Changes to an appid's registration; null leaves a field as it is.</summary>
public sealed record AppChange(
    bool? Enabled = null,
    IReadOnlyList<string>? IpRanges = null,
    string? Secret = null,
    IReadOnlyList<string>? Dialects = null,
    AppEnvelopeKeys? EnvelopeKeys = null);
