namespace Orleans.Tools.LoadTest.Options;

public enum Scenario
{
    /// <summary>Prepared buyers fire seckill.buy at one flash sale.</summary>
    Seckill,

    /// <summary>Anonymous system.init, goods.list and goods.detail in a fixed mix.</summary>
    Browse,

    /// <summary>Token churn: sms.send, user.login by SMS code, user.logout.</summary>
    Login,

    /// <summary>One signed request of seckill.buy's shape per iteration, nothing prepared and nothing checked: the
    /// same client work against any endpoint, for the bare-endpoint ceiling of bench/.</summary>
    Ping,
}
