namespace Orleans.Tools.LoadTest.Options;

/// <summary>Everything a run is told on the command line (see <see cref="HelpText"/>).</summary>
public sealed record LoadTestOptions
{
    public const string DevelopmentAppId = "ios_app_id";
    public const string DevelopmentSecret = "7512100214f62d7de8ba01b281d6da02";

    public Uri Url { get; init; } = new("http://127.0.0.1:5000/");

    public string AppId { get; init; } = DevelopmentAppId;

    public string Secret { get; init; } = DevelopmentSecret;

    public Scenario Scenario { get; init; } = Scenario.Seckill;

    public int Users { get; init; } = 200;

    public int Connections { get; init; } = 64;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Open loop at this many iterations per second; null = closed loop.</summary>
    public double? Rate { get; init; }

    /// <summary>Stop after this many iterations (null = only the duration bounds the run).</summary>
    public long? Requests { get; init; }

    public int Quota { get; init; } = 1000;

    public int LimitPerUser { get; init; } = 1;

    public int Price { get; init; } = 1;

    /// <summary>Units per seckill.buy.</summary>
    public int Quantity { get; init; } = 1;

    public long? SeckillId { get; init; }

    /// <summary>Stock shards of the sale the generator creates (POST /v1/seckills "shards"); 1 = unsharded.</summary>
    public int Shards { get; init; } = 1;

    /// <summary>The largest K the admin API accepts for a sale (docs/FLASH_SALE_SHARDS.md).</summary>
    public const int MaxShards = 64;

    public long? ProductId { get; init; }

    /// <summary>Keep firing after the sale sold out or ended (measures rejections), until the duration ends.</summary>
    public bool KeepGoing { get; init; }

    public string? JsonPath { get; init; }

    public string AdminUser { get; init; } = "admin";

    public string? AdminPassword { get; init; }

    /// <summary>Leading digits of the test users' mobiles; the rest is the user's index, zero-padded to 11 digits.</summary>
    public string MobilePrefix { get; init; } = "199";

    /// <summary>Whether <see cref="MobilePrefix"/> was chosen by the user (deterministic, reusable users).</summary>
    public bool MobilePrefixGiven { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public bool OpenLoop => Rate is not null;

    /// <summary>Digits after the prefix.</summary>
    public int MobileSuffixDigits => 11 - MobilePrefix.Length;

    /// <summary>The mobile of user number <paramref name="index"/>.</summary>
    public string Mobile(int index) => MobilePrefix + index.ToString(new string('0', MobileSuffixDigits), System.Globalization.CultureInfo.InvariantCulture);
}
