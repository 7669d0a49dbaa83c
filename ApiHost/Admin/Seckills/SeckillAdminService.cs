using ApiHost.Admin.Http;
using ApiHost.Api;
using Orleans;
using Orleans.Grains.Common;
using Orleans.Grains.Mall;

namespace ApiHost.Admin.Seckills;

/// <summary>Flash sales for admins: validates what the grain cannot know how to word, then lets the sale grain
/// take its quota out of the product's stock.</summary>
public sealed class SeckillAdminService(IGrainFactory grains)
{
    /// <summary>Bounds a sale so one mistyped number cannot lock up a product's whole stock for ever.</summary>
    public const int MaxQuota = 1_000_000;
    public const int MaxPrice = 100_000_000;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(366);

    public async Task<SeckillCreated> CreateAsync(SeckillRequest request)
    {
        var definition = Validate(request, request.Shards ?? 1);
        var id = await grains.GetGrain<IIdGeneratorGrain>("seckill").Next();
        var change = await grains.GetGrain<IFlashSaleGrain>(id).Create(definition);
        ThrowIfFailed(change, id);
        return new SeckillCreated(id);
    }

    public async Task<SeckillItem> UpdateAsync(long id, SeckillRequest request)
    {
        var sale = grains.GetGrain<IFlashSaleGrain>(id);
        var shards = await sale.ShardCount();
        if (shards == 0)
        {
            throw AdminException.NotFound($"seckill {id}");
        }

        if (request.Shards is { } asked && asked != shards)
        {
            throw AdminException.Invalid("shards", "is fixed when the sale is created");
        }

        ThrowIfFailed(await sale.Update(Validate(request, shards)), id);
        return await GetAsync(id);
    }

    public async Task<SeckillItem> StopAsync(long id)
    {
        ThrowIfFailed(await grains.GetGrain<IFlashSaleGrain>(id).Stop(), id);
        return await GetAsync(id);
    }

    public async Task<SeckillItem> GetAsync(long id) =>
        await grains.GetGrain<IFlashSaleGrain>(id).Get(current: true) is { } view ? SeckillItem.From(view) : throw AdminException.NotFound($"seckill {id}");

    /// <summary>Every sale, newest first.</summary>
    public async Task<IReadOnlyList<SeckillItem>> ListAsync()
    {
        var ids = await grains.GetGrain<IFlashSaleIndexGrain>("default").List();
        var views = await Task.WhenAll(ids.OrderDescending().Select(id => grains.GetGrain<IFlashSaleGrain>(id).Get()));
        return views.OfType<FlashSaleView>().Select(SeckillItem.From).ToList();
    }

    private static FlashSaleDefinition Validate(SeckillRequest r, int shards)
    {
        if (shards < 1 || shards > FlashSaleShards.Max)
        {
            throw AdminException.Invalid("shards", $"must be from 1 to {FlashSaleShards.Max}");
        }

        if (r.Productid <= 0)
        {
            throw AdminException.Invalid("productid", "must be a product id");
        }

        if (r.Quota < 1 || r.Quota > MaxQuota)
        {
            throw AdminException.Invalid("quota", $"must be from 1 to {MaxQuota}");
        }

        if (r.Price < 0 || r.Price > MaxPrice)
        {
            throw AdminException.Invalid("price", $"must be from 0 to {MaxPrice} gold coins");
        }

        if (r.LimitPerUser < 0 || r.LimitPerUser > r.Quota)
        {
            throw AdminException.Invalid("limit_per_user", "must be from 0 (unlimited) to the quota");
        }

        var start = ApiTime.Parse(r.StartTime) ?? throw AdminException.Invalid("start_time", "must be yyyy-MM-dd HH:mm:ss");
        var end = ApiTime.Parse(r.EndTime) ?? throw AdminException.Invalid("end_time", "must be yyyy-MM-dd HH:mm:ss");
        if (end <= start || end - start > MaxDuration)
        {
            throw AdminException.Invalid("end_time", $"must be after start_time and at most {MaxDuration.TotalDays} days after it");
        }

        return new FlashSaleDefinition(r.Productid, r.Quota, r.Price, start, end, r.LimitPerUser, shards);
    }

    private static void ThrowIfFailed(FlashSaleChange change, long id)
    {
        switch (change)
        {
            case FlashSaleChange.Ok:
                return;
            case FlashSaleChange.NotFound:
                throw AdminException.NotFound($"seckill {id}");
            case FlashSaleChange.AlreadyStarted:
                throw AdminException.Conflict("the sale has started or was stopped; only a sale that has not started can be changed");
            case FlashSaleChange.NotEnoughStock:
                throw AdminException.Invalid("quota", "the product does not exist or has less available stock than the quota");
            default:
                throw AdminException.Invalid("productid", "a sale's product cannot change, and its definition must be valid");
        }
    }
}
