namespace Orleans.Grains.Content;

/// <summary>An ad position and its ads, keyed by the position code ("APP_START_AD", "HOME_BANNER", ...). Ads live
/// with their position because clients always read them by position; ad ids are global (sequence "ad").</summary>
public interface IAdPositionGrain : IGrainWithStringKey
{
    /// <summary>The position, or null when none is defined under this code.</summary>
    Task<AdPositionInfo?> GetPosition();

    /// <summary>Creates or changes the position; its code must equal the grain's key. For seeding; admins create
    /// and update through <see cref="CreatePosition"/> and <see cref="UpdatePosition"/>.</summary>
    Task SavePosition(AdPositionInfo position);

    /// <summary>Creates the position only if none exists under this code. The check and the write happen in one turn
    /// of this (non-reentrant) grain, the only owner of the code, so of two simultaneous creates exactly one answers
    /// <see cref="AdPositionOutcome.Ok"/> and the other <see cref="AdPositionOutcome.Exists"/>.</summary>
    Task<AdPositionOutcome> CreatePosition(AdPositionInfo position);

    /// <summary>Changes an existing position; <see cref="AdPositionOutcome.NotFound"/> (nothing written) when it was
    /// deleted meanwhile, so an update never brings a deleted position back.</summary>
    Task<AdPositionOutcome> UpdatePosition(AdPositionInfo position);

    /// <summary>Removes the position with all its ads; false when there was none.</summary>
    Task<bool> DeletePosition();

    /// <summary>Every ad of the position, published or not, for admins; in display order.</summary>
    Task<IReadOnlyList<AdInfo>> ListAds();

    /// <summary>Creates (AdId 0) or replaces an ad of this position and answers it as stored. The position must exist;
    /// an unknown AdId is refused.</summary>
    Task<AdInfo> SaveAd(AdInfo ad);

    /// <summary>False when the position has no such ad.</summary>
    Task<bool> DeleteAd(long adId);

    /// <summary>What clients see now: published ads inside their window, in display order, at most the position's
    /// display count; empty when the position is unknown or disabled.</summary>
    Task<IReadOnlyList<AdInfo>> GetLiveAds();
}
