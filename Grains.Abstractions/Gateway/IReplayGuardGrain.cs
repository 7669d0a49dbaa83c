namespace Orleans.Grains.Gateway;

/// <summary>Remembers accepted signatures of write calls until their timestamp window closes. Keyed by
/// "{appid}:{first two hex digits of the sign}" so that hot apps spread over 256 activations.</summary>
public interface IReplayGuardGrain : IGrainWithStringKey
{
    /// <summary>True the first time a signature is seen before <paramref name="rememberUntil"/>; false for a replay.</summary>
    Task<bool> TryAccept(string sign, DateTimeOffset rememberUntil);
}
