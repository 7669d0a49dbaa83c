using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Grains.Catalog;
using Orleans.Grains.Mall;
using Orleans.Grains.ReadModels;
using Orleans.Storage;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Catalogue;

/// <summary>The read-model contract on every provider's database: memory (in-memory SQLite), the SQLite file and,
/// when TEST_POSTGRES is set, PostgreSQL. Each test uses its own table or ids, so a shared PostgreSQL stays clean.</summary>
public sealed class ReadModelStoreTests
{
    private sealed record Row(long Id, string Name, long Price, bool Visible);

    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task Only_a_newer_version_replaces_a_row_and_a_tombstone_keeps_older_projections_out(string provider)
    {
        await using var cluster = await StartAsync(provider);
        var model = new TestModel(Store(cluster));

        Assert.True(await model.ProjectAsync(new Row(1, "v1", 10, true), 1));
        Assert.True(await model.ProjectAsync(new Row(1, "v3", 30, true), 3));
        Assert.False(await model.ProjectAsync(new Row(1, "v2", 20, true), 2));
        Assert.False(await model.ProjectAsync(new Row(1, "v3 again", 30, true), 3));
        Assert.Equal(3, await model.VersionAsync(1L));
        Assert.Equal("v3", Assert.Single((await model.QueryAsync(new ReadModelQuery([]))).Rows).Name);

        Assert.True(await model.RemoveAsync(1L, 4));
        Assert.False(await model.ProjectAsync(new Row(1, "late v3", 30, true), 3));
        Assert.Equal(0, (await model.QueryAsync(new ReadModelQuery([]))).Total);
        Assert.Equal(4, await model.VersionAsync(1L));
        Assert.True(await model.ProjectAsync(new Row(1, "v5", 50, true), 5));
        Assert.Equal("v5", Assert.Single((await model.QueryAsync(new ReadModelQuery([]))).Rows).Name);
        Assert.Null(await model.VersionAsync(2L));
    }

    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task Filters_sorting_and_windows_run_in_sql_with_escaped_patterns(string provider)
    {
        await using var cluster = await StartAsync(provider);
        var model = new TestModel(Store(cluster));
        await model.ProjectAsync(new Row(1, "Red Mouse", 100, true), 1);
        await model.ProjectAsync(new Row(2, "Black mouse 50%", 200, true), 1);
        await model.ProjectAsync(new Row(3, "Keyboard", 300, false), 1);
        await model.ProjectAsync(new Row(4, "Mouse_pad", 50, true), 1);

        async Task<List<long>> Ids(params ReadModelFilter[] filters) =>
            (await model.QueryAsync(new ReadModelQuery(filters, "price"))).Rows.Select(r => r.Id).ToList();

        Assert.Equal(new List<long> { 4, 1, 2, 3 }, await Ids());
        Assert.Equal(new List<long> { 4, 1, 2 }, await Ids(new ReadModelFilter("visible", ReadModelOperator.Equal, true)));
        Assert.Equal(new List<long> { 4, 1, 2 }, await Ids(new ReadModelFilter("name", ReadModelOperator.Contains, "MOUSE")));
        Assert.Equal(new List<long> { 2 }, await Ids(new ReadModelFilter("name", ReadModelOperator.Contains, "0%")));
        Assert.Equal(new List<long> { 4 }, await Ids(new ReadModelFilter("name", ReadModelOperator.Contains, "e_p")));
        Assert.Equal(new List<long> { 1, 2 }, await Ids(new ReadModelFilter("price", ReadModelOperator.AtLeast, 100), new ReadModelFilter("price", ReadModelOperator.AtMost, 200)));
        Assert.Equal(new List<long> { 1, 3 }, await Ids(new ReadModelFilter(ReadModelSchema.KeyColumn, ReadModelOperator.In, new long[] { 3, 1, 99 })));
        Assert.Empty(await Ids(new ReadModelFilter(ReadModelSchema.KeyColumn, ReadModelOperator.In, Array.Empty<long>())));

        var window = await model.QueryAsync(new ReadModelQuery([], "price", Descending: true, Offset: 1, Limit: 2));
        Assert.Equal([2L, 1L], window.Rows.Select(r => r.Id));
        Assert.Equal(4, window.Total);
        var countOnly = await model.QueryAsync(new ReadModelQuery([], Limit: 0));
        Assert.Empty(countOnly.Rows);
        Assert.Equal(4, countOnly.Total);
        Assert.Empty((await model.QueryAsync(new ReadModelQuery([], Offset: 10))).Rows);
    }

    [Fact]
    public async Task Unknown_columns_and_unsafe_names_are_refused_before_any_sql()
    {
        await using var cluster = await StartAsync("Memory");
        var model = new TestModel(Store(cluster));

        await Assert.ThrowsAsync<ArgumentException>(() => model.QueryAsync(new ReadModelQuery([new("name; DROP TABLE x", ReadModelOperator.Equal, 1)])));
        await Assert.ThrowsAsync<ArgumentException>(() => model.QueryAsync(new ReadModelQuery([], OrderBy: "payload")));
        await Assert.ThrowsAsync<ArgumentException>(() => model.QueryAsync(new ReadModelQuery([new("price", ReadModelOperator.Contains, "1")])));
        Assert.Throws<ArgumentException>(() => new ReadModelSchema("bad-name", ReadModelColumnType.Integer, []));
        Assert.Throws<ArgumentException>(() => new ReadModelSchema("ok", ReadModelColumnType.Integer, [new("version", ReadModelColumnType.Integer)]));
    }

    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task Creating_the_schema_again_is_harmless_and_keeps_the_rows(string provider)
    {
        await using var cluster = await StartAsync(provider);
        var store = Store(cluster);
        var model = new TestModel(store);
        await model.ProjectAsync(new Row(7, "kept", 1, true), 1);

        await store.EnsureSchemaAsync(model.Schema);
        await new TestModel(store, model.Schema).EnsureSchemaAsync(CancellationToken.None);

        Assert.Equal(1, (await model.QueryAsync(new ReadModelQuery([]))).Total);
    }

    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task A_goods_write_whose_projection_failed_is_projected_when_the_grain_activates_again(string provider)
    {
        FlakyReadModelStore? flaky = null;
        await using var cluster = await StartAsync(provider, services => services.AddSingleton<IReadModelStore>(sp =>
            flaky = new FlakyReadModelStore(ReadModelStoreServices.Create(sp.GetRequiredService<IOptions<GrainStorageOptions>>().Value))));
        var grains = cluster.GrainFactory;
        _ = Store(cluster);
        var goodsId = Random.Shared.NextInt64(1_000_000_000, 2_000_000_000);
        var name = "heal-" + Guid.NewGuid().ToString("N");
        var goods = new GoodsInfo(goodsId, name, 1, true, 0, string.Empty, [], string.Empty,
            [new ProductInfo(goodsId, string.Empty, "sku", 10, 10, true)]);

        flaky!.FailWrites = true;
        await grains.GetGrain<IGoodsGrain>(goodsId).Save(goods);
        Assert.Equal(0, (await Search(grains, name)).Total);

        flaky.FailWrites = false;
        Assert.Equal(name, (await grains.GetGrain<IGoodsGrain>(goodsId).Get())!.Name);

        var found = await Search(grains, name);
        Assert.Equal(goodsId, Assert.Single(found.Goods).GoodsId);
        var readModel = cluster.Services.GetRequiredService<GoodsReadModel>();
        Assert.Equal(1, await readModel.VersionAsync(goodsId));

        // A newer write wins and a late projection of the older state is ignored.
        await grains.GetGrain<IGoodsGrain>(goodsId).Save(goods with { Name = name + "-v2" });
        Assert.False(await readModel.ProjectAsync(GoodsReadModel.ToListing(goods), 1));
        Assert.Equal(name + "-v2", Assert.Single((await Search(grains, name)).Goods).Name);
    }

    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task Taking_goods_off_sale_hides_them_from_client_searches_but_not_from_admin_ones(string provider)
    {
        await using var cluster = await StartAsync(provider);
        var grains = cluster.GrainFactory;
        var goodsId = Random.Shared.NextInt64(1_000_000_000, 2_000_000_000);
        var name = "sale-" + Guid.NewGuid().ToString("N");
        await grains.GetGrain<IGoodsGrain>(goodsId).Save(new GoodsInfo(goodsId, name, 1, true, 0, string.Empty, [], string.Empty,
            [new ProductInfo(goodsId, string.Empty, "sku", 10, 10, true)]));

        await grains.GetGrain<IGoodsGrain>(goodsId).SetOnSale(false);

        Assert.Equal(0, (await Search(grains, name)).Total);
        var admin = await grains.GetGrain<IGoodsSearchGrain>(0).Search(new GoodsSearch(Keywords: name, IncludeUnlisted: true));
        Assert.False(Assert.Single(admin.Goods).OnSale);
    }

    private static Task<GoodsSearchResult> Search(IGrainFactory grains, string keywords) =>
        grains.GetGrain<IGoodsSearchGrain>(0).Search(new GoodsSearch(Keywords: keywords));

    private static Task<TestCluster> StartAsync(string provider, Action<IServiceCollection>? services = null) =>
        TestCluster.StartAsync(o =>
        {
            o.Provider = Enum.Parse<StorageProviderKind>(provider);
            o.ConnectionString = o.Provider == StorageProviderKind.Postgres ? PostgresDataAttribute.ConnectionString : null;
            o.ConfigureServices = services;
        });

    private static IReadModelStore Store(TestCluster cluster) => cluster.Services.GetRequiredService<IReadModelStore>();

    private sealed class TestModel(IReadModelStore store, ReadModelSchema? schema = null) : ReadModel<Row>(store)
    {
        public override ReadModelSchema Schema { get; } = schema ?? new(
            "rm_test_" + Guid.NewGuid().ToString("N")[..12],
            ReadModelColumnType.Integer,
            [
                new("name", ReadModelColumnType.Text),
                new("price", ReadModelColumnType.Integer, Indexed: true),
                new("visible", ReadModelColumnType.Integer, Indexed: true),
            ]);

        protected override object KeyOf(Row row) => row.Id;

        protected override IReadOnlyDictionary<string, object?> ValuesOf(Row row) =>
            new Dictionary<string, object?> { ["name"] = row.Name, ["price"] = row.Price, ["visible"] = row.Visible };
    }
}
