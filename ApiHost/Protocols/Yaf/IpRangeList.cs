using System.Net;

namespace ApiHost.Protocols.Yaf;

/// <summary>Matches an address against CIDR ranges; every range is tested, and an empty list allows all.</summary>
public static class IpRangeList
{
    public static bool Contains(IReadOnlyList<string> ranges, IPAddress address)
    {
        if (ranges.Count == 0)
        {
            return true;
        }

        foreach (var range in ranges)
        {
            if (IPNetwork.TryParse(range, out var network) && network.Contains(address))
            {
                return true;
            }

            if (IPAddress.TryParse(range, out var single) && single.Equals(address))
            {
                return true;
            }
        }

        return false;
    }
}
