namespace Orleans.Grains.Content;

public enum AdPositionOutcome
{
    Ok = 1,

    /// <summary>Create: a position with this code exists already (nothing changed).</summary>
    Exists = 2,

    /// <summary>Update: no position with this code.</summary>
    NotFound = 3,

    /// <summary>Create: the ad-position index holds its maximum of codes.</summary>
    Full = 4,
}
