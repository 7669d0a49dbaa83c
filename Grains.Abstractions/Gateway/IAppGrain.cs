namespace Orleans.Grains.Gateway;

/// <summary>One appid, keyed by the appid string.</summary>
public interface IAppGrain : IGrainWithStringKey
{
    /// <summary>The registration, or null when the appid is unknown.</summary>
    Task<AppInfo?> Get();

    /// <summary>Creates or replaces the registration.</summary>
    Task Save(AppInfo app);

    /// <summary>Creates the registration only if none is stored (start-up seeding never overwrites admin edits).</summary>
    Task<bool> SeedIfMissing(AppInfo app);

    /// <summary>Applies the changes (admin edits, secret rotation); null when the appid is unknown.</summary>
    Task<AppInfo?> Update(AppChange change);
}
