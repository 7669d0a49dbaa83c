using System.Net;
using ApiHost.Admin.Http;
using ApiHost.Admin.Inputs;
using Orleans;
using Orleans.Grains.Gateway;

namespace ApiHost.Admin.IpBans;

/// <summary>Client address bans for admins, on the same per-address guard grain as the automatic ban, so a ban set
/// here refuses exactly what an automatic one refuses (Yaf 510 on the methods that count toward bans).</summary>
public sealed class IpBanAdminService(IGrainFactory grains)
{
    public const int MaxReason = 200;
    public static readonly int MaxMinutes = (int)IpGuardGrain.MaxBan.TotalMinutes;

    public async Task<IpBanItem> GetAsync(string? ip)
    {
        var address = Address(ip);
        return IpBanItem.From(address, await grains.GetGrain<IIpGuardGrain>(address).GetStatus());
    }

    public async Task<IpBanItem> BanAsync(IpBanRequest request, AdminPrincipal admin)
    {
        var address = Address(request.Ip);
        AdminInput.Range("minutes", request.Minutes, 1, MaxMinutes);
        var reason = AdminInput.Text("reason", request.Reason, MaxReason);
        var status = await grains.GetGrain<IIpGuardGrain>(address).Ban(TimeSpan.FromMinutes(request.Minutes), reason, admin.Username);
        return IpBanItem.From(address, status);
    }

    /// <summary>Lifts the ban in force; 404 when the address is not banned.</summary>
    public async Task<IpBanItem> LiftAsync(string ip)
    {
        var address = Address(ip);
        var guard = grains.GetGrain<IIpGuardGrain>(address);
        return await guard.Lift()
            ? IpBanItem.From(address, await guard.GetStatus())
            : throw AdminException.NotFound($"ban of {address}");
    }

    /// <summary>The address as the gateway keys its guard (IPv4-mapped IPv6 as IPv4, canonical text), so a ban here
    /// is the one the gateway checks.</summary>
    private static string Address(string? ip)
    {
        if (string.IsNullOrWhiteSpace(ip) || ip.Length > 64 || !IPAddress.TryParse(ip.Trim(), out var address)
            || address.ToString().Contains('%', StringComparison.Ordinal))
        {
            throw AdminException.Invalid("ip", "required, an IPv4 or IPv6 address");
        }

        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}
