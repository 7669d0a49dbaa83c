namespace Bench.Alternatives;

/// <summary>Bound from the root of the configuration (command line: <c>--Store Redis --Postgres "Host=..."</c>).</summary>
public sealed class AlternativesOptions
{
    public Store.StoreKind Store { get; set; } = Alternatives.Store.StoreKind.Postgres;

    /// <summary>Npgsql connection string; the bench gives it its own database.</summary>
    public string Postgres { get; set; } = "Host=127.0.0.1;Username=postgres;Password=postgres;Database=seckill_bench";

    /// <summary>StackExchange.Redis configuration (design b only).</summary>
    public string Redis { get; set; } = "127.0.0.1:6379";

    /// <summary>Drop and recreate the bench tables on start.</summary>
    public bool Reset { get; set; } = true;

    /// <summary>The one app that may call, with its secret: the product's development appid by default, as the
    /// load generator's default.</summary>
    public string AppId { get; set; } = "ios_app_id";

    public string Secret { get; set; } = "7512100214f62d7de8ba01b281d6da02";

    /// <summary>Password of the admin user "admin"; default from ADMIN_PASSWORD.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Accepted distance between a request's timestamp and now, as the product's Yaf:TimestampWindow.</summary>
    public TimeSpan TimestampWindow { get; set; } = TimeSpan.FromSeconds(600);
}
