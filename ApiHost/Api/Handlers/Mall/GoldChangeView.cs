using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>One change of gold: <c>gold</c> is signed (negative for spending), <c>balance</c> what was left after it.</summary>
public sealed record GoldChangeView(int Gold, int Balance, string Reason, string OrderSn, string CTime)
{
    public static GoldChangeView From(WalletEntry e) => new(e.Amount, e.BalanceAfter, e.Reason, e.OrderSn ?? string.Empty, ApiTime.Format(e.Time));
}
