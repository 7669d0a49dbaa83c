namespace ApiHost.Protocols.Yaf;

/// <summary>The form fields as received, before any check.</summary>
public sealed record YafRawRequest(string? Data, string? Sign, IFormFileCollection? Files)
{
    /// <summary>Scheme, host and path base of the request, passed on to handlers for absolute URLs.</summary>
    public string Origin { get; init; } = string.Empty;

    /// <summary>Sent by a signed-in admin through /v1/dispatch: admin endpoints keep working during maintenance, so the
    /// switch does not refuse its writes (every other check still applies).</summary>
    public bool FromAdmin { get; init; }
}
