namespace ApiHost.Protocols.Yaf;

/// <summary>The form fields as received, before any check.</summary>
public sealed record YafRawRequest(string? Data, string? Sign, IFormFileCollection? Files);
