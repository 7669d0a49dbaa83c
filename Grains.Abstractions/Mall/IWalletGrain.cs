namespace Orleans.Grains.Mall;

/// <summary>A user's gold coins, keyed by user id. Changes are idempotent by reference: applying the same
/// reference twice changes nothing the second time. The balance never goes negative.</summary>
public interface IWalletGrain : IGrainWithIntegerKey
{
    Task<int> GetBalance();

    /// <summary>Takes <paramref name="amount"/> (> 0) unless the balance is short; reference is usually the order_sn.</summary>
    Task<WalletResult> Debit(string reference, int amount, string reason, string? orderSn);

    Task<WalletResult> Credit(string reference, int amount, string reason, string? orderSn);

    /// <summary>Gives back the debit made under <paramref name="orderSn"/>, once; no-op when there was none.</summary>
    Task<WalletResult> Refund(string orderSn, string reason);

    /// <summary>Changes newest first.</summary>
    Task<WalletPage> List(int page, int pageSize);
}
