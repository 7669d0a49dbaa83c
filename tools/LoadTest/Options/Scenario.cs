namespace Orleans.Tools.LoadTest.Options;

public enum Scenario
{
    /// <summary>Prepared buyers fire seckill.buy at one flash sale.</summary>
    Seckill,

    /// <summary>Anonymous system.init, goods.list and goods.detail in a fixed mix.</summary>
    Browse,

    /// <summary>Token churn: sms.send, user.login by SMS code, user.logout.</summary>
    Login,
}
