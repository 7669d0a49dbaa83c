namespace ApiHost.Protocols.Envelope;

/// <summary>What the gateway knows of a request's app: its keys (null when it has none), and whether its registration
/// forbids seed 004 (disabled, or <c>envelope</c> not among its dialects). The gateway refuses a forbidden app only
/// after its signature verified, so only the app itself learns what it may not do.</summary>
public sealed record EnvelopeAppLookup(EnvelopeApp? App, bool NotAllowed = false);
