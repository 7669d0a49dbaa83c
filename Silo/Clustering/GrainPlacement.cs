namespace Orleans.Runtime;

/// <summary>Rendezvous (highest-random-weight) placement: each grain goes to the silo with the highest hash of
/// (grain, silo). A silo joining takes only the grains it now wins; a silo leaving gives away only its own.</summary>
public static class GrainPlacement
{
    /// <summary>The owner of <paramref name="grainId"/> in <paramref name="view"/>, or null when no silo is active.</summary>
    public static SiloAddress? OwnerOf(GrainId grainId, ClusterView view)
    {
        var silos = view.ActiveSilos;
        if (silos.Count == 0)
        {
            return null;
        }

        var grainHash = Hash(grainId.ToString(), 0xcbf29ce484222325UL);
        SiloAddress? best = null;
        var bestWeight = 0UL;
        foreach (var silo in silos)
        {
            var weight = Mix(Hash(silo.ToString(), grainHash));
            if (best is null || weight > bestWeight)
            {
                best = silo;
                bestWeight = weight;
            }
        }

        return best;
    }

    // FNV-1a over the UTF-16 code units, seeded so the grain's hash feeds the silo's: stable across processes and
    // runtimes (string.GetHashCode is randomised per process and would place the same grain differently everywhere).
    private static ulong Hash(string text, ulong seed)
    {
        var hash = seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001b3UL;
        }

        return hash;
    }

    // FNV's low bits mix poorly; a 64-bit finaliser spreads every input bit over the weight.
    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }
}
