namespace Bench.SeckillReport;

public static class Labels
{
    public static string Target(string target) => target switch
    {
        "ceiling" => "ceiling (bare endpoint)",
        "product" => "product (ApiHost, grains, SQLite)",
        "pg" => "(a) PostgreSQL transaction",
        "redis" => "(b) Redis Lua + PostgreSQL",
        _ => target,
    };

    public static string Phase(string target, string phase) => (target, phase) switch
    {
        ("ceiling", _) => "fixed JSON",
        (_, "ping") => "gateway only (unknown session)",
        (_, "buy") => "buying (stock lasts)",
        (_, "soldout") => "after sell-out (rejections)",
        _ => phase,
    };
}
