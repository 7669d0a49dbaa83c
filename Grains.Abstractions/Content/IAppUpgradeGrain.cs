namespace Orleans.Grains.Content;

/// <summary>The upgrade rows of one platform and channel, keyed by <see cref="AppUpgradeKey"/> ("2:huawei", "1:").
/// A channel without any row follows its platform's default channel ("2:").</summary>
public interface IAppUpgradeGrain : IGrainWithStringKey
{
    /// <summary>Every row of this key, published or not (admins), newest version first.</summary>
    Task<IReadOnlyList<AppUpgradeRow>> List();

    /// <summary>Creates (UpgradeId 0) or replaces a row and answers it as stored; an unknown UpgradeId is refused.</summary>
    Task<AppUpgradeRow> Save(AppUpgradeRow row);

    /// <summary>False when there was no such row.</summary>
    Task<bool> Delete(long upgradeId);

    /// <summary>The advice for a client at <paramref name="appVersion"/>, or null when it is up to date.</summary>
    Task<UpgradeAdvice?> Advise(string appVersion);
}
