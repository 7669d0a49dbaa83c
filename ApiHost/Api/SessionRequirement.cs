namespace ApiHost.Api;

public enum SessionRequirement
{
    /// <summary>The handler does not look at the token.</summary>
    None,

    /// <summary>A valid token is required; the dispatcher answers 601/602/603/606 otherwise and slides it.</summary>
    Required,
}
