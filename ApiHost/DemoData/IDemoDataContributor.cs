namespace ApiHost.DemoData;

/// <summary>One area's part of the demo data set (catalogue, ads, notices, ...). Register with
/// <c>services.AddDemoDataContributor&lt;T&gt;()</c>; <see cref="DemoDataSeeder"/> runs each once per storage.</summary>
public interface IDemoDataContributor
{
    /// <summary>A stable name: the key under which "seeded" is remembered.</summary>
    string Name { get; }

    /// <summary>True when the area already holds data of its own (then the demo set is skipped for good).</summary>
    Task<bool> HasDataAsync(CancellationToken cancellationToken);

    /// <summary>Creates the demo rows. Must be idempotent (find before create), because a start cut short is
    /// completed by running it again.</summary>
    Task SeedAsync(CancellationToken cancellationToken);
}
