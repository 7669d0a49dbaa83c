namespace Orleans.Grains.Mall;

public enum OrderActionResult
{
    Ok,
    NotFound,

    /// <summary>The order is not in a status that allows this action.</summary>
    WrongStatus,
}
