namespace Orleans.Grains.Gateway;

/// <summary>The maintenance switch: while enabled, clients' writes are refused with <see cref="Message"/> and every
/// client answer says so (seed 002's Server-Status header). <see cref="ChangedAt"/> is when it was last flipped.</summary>
public sealed record MaintenanceInfo(bool Enabled, string Message, DateTimeOffset? ChangedAt = null)
{
    public static readonly MaintenanceInfo Off = new(false, string.Empty);
}
