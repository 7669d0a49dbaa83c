namespace Orleans.Grains.Catalog;

/// <summary>Remembers, per demo-data contributor (the key), whether its data was seeded, so that a later start never
/// seeds again, even after an admin deleted the demo rows.</summary>
public interface IDemoDataGrain : IGrainWithStringKey
{
    Task<DemoDataStatus> Get();

    Task Set(DemoDataStatus status);
}
