namespace Orleans.Grains.Identity;

/// <summary>A user, keyed by user id: profile, password hash and the two session slots (app, web).</summary>
public interface IUserGrain : IGrainWithIntegerKey
{
    /// <summary>Checks a token of this user and, when valid, slides its expiry.</summary>
    Task<SessionCheck> CheckSession(string token);
}
