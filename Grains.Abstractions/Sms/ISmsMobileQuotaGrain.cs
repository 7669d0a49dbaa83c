namespace Orleans.Grains.Sms;

/// <summary>The daily SMS quota of one mobile number, keyed by the number, over all templates.</summary>
public interface ISmsMobileQuotaGrain : IGrainWithStringKey
{
    /// <summary>Takes one message from today's quota; false when it is used up.</summary>
    Task<bool> TryTake();
}
