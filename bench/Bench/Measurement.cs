using System.Globalization;

namespace Orleans.Bench;

/// <summary>The repetitions of one benchmark and their median; the machine is shared and noisy, so single runs
/// say little and the median is what the report quotes.</summary>
internal sealed class Measurement(string name, string unit)
{
    private readonly List<double> _values = [];

    public string Name { get; } = name;

    public string Unit { get; } = unit;

    public IReadOnlyList<double> Values => _values;

    public double Median
    {
        get
        {
            var sorted = _values.Order().ToArray();
            return sorted.Length == 0 ? double.NaN
                : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
                : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    public void Add(double value)
    {
        _values.Add(value);
        // One machine-readable line per repetition, for bench/compare.sh.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"##result {Name} {value:F1}"));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-44} median {Format(Median),12} {Unit,-10} min {Format(_values.Min()),12}  max {Format(_values.Max()),12}  (n={_values.Count})");

    public static string Format(double value) => value.ToString(value >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture);
}
