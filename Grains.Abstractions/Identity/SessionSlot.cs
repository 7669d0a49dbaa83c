namespace Orleans.Grains.Identity;

/// <summary>The two session slots of a user: one login per slot at a time.</summary>
public enum SessionSlot
{
    /// <summary>iOS and Android (platforms 1, 2): long sliding expiry.</summary>
    App,

    /// <summary>H5 and web (platforms 3, 4): short sliding expiry.</summary>
    Web,
}
