using Orleans.Runtime;
using Xunit;

namespace Orleans.Tests.Cluster;

public sealed class GrainPlacementTests
{
    private static readonly GrainId[] Grains = Enumerable.Range(0, 3000).Select(i => GrainId.Create("FlashSaleGrain", i)).ToArray();

    private static ClusterView View(params string[] silos) => new(1, silos.Select(s => new SiloAddress(s, 7)));

    [Fact]
    public void No_active_silo_places_nothing() => Assert.Null(GrainPlacement.OwnerOf(Grains[0], ClusterView.Empty));

    [Fact]
    public void The_owner_depends_on_the_set_of_silos_not_on_their_order()
    {
        var forward = View("10.0.0.1:11111", "10.0.0.2:11111", "10.0.0.3:11111");
        var backward = View("10.0.0.3:11111", "10.0.0.2:11111", "10.0.0.1:11111");
        Assert.All(Grains, g => Assert.Equal(GrainPlacement.OwnerOf(g, forward), GrainPlacement.OwnerOf(g, backward)));
    }

    [Fact]
    public void Grains_spread_evenly_over_silos()
    {
        var view = View("a:1", "b:1", "c:1");
        var counts = Grains.GroupBy(g => GrainPlacement.OwnerOf(g, view)).Select(group => group.Count()).ToArray();
        Assert.Equal(3, counts.Length);
        // 1,000 expected each; +-15% leaves room for the hash, not for a skew that would overload one silo.
        Assert.All(counts, c => Assert.InRange(c, 850, 1150));
    }

    [Fact]
    public void A_joining_silo_takes_only_grains_it_now_owns_and_a_leaving_one_gives_away_only_its_own()
    {
        var before = View("a:1", "b:1", "c:1");
        var after = View("a:1", "b:1", "c:1", "d:1");
        var moved = Grains.Where(g => GrainPlacement.OwnerOf(g, before) != GrainPlacement.OwnerOf(g, after)).ToArray();
        Assert.All(moved, g => Assert.Equal("d:1", GrainPlacement.OwnerOf(g, after)!.Endpoint));
        Assert.InRange(moved.Length, 600, 900); // about a quarter of 3,000

        var left = View("a:1", "c:1");
        Assert.All(Grains.Where(g => GrainPlacement.OwnerOf(g, before) != GrainPlacement.OwnerOf(g, left)),
            g => Assert.Equal("b:1", GrainPlacement.OwnerOf(g, before)!.Endpoint));
    }

    [Fact]
    public void A_restarted_silo_is_a_new_silo()
    {
        var first = new SiloAddress("a:1", 1);
        Assert.NotEqual(first, new SiloAddress("a:1", 2));
        Assert.Equal(first, SiloAddress.Parse(first.ToString()));
        Assert.Throws<FormatException>(() => SiloAddress.Parse("a:1"));
    }
}
