namespace ApiHost.Protocols.Dialects;

public enum DialectStatus
{
    Ok,

    /// <summary>The handler ended with an <see cref="Api.ApiException"/> (its kind is in the outcome).</summary>
    Failed,

    /// <summary>Shed: too many flash-sale calls at once, or the grains did not answer in time.</summary>
    Busy,

    /// <summary>The caller's address is temporarily banned for this sensitive method.</summary>
    IpBanned,

    /// <summary>A write while maintenance mode is on (seed 002); reads still run.</summary>
    Maintenance,

    /// <summary>The client app is unknown, disabled or not allowed this dialect (app registration).</summary>
    AppNotAllowed,
}
