using ApiHost.Admin.Http;
using ApiHost.Api;
using Orleans;
using Orleans.Grains.Sms;

namespace ApiHost.Admin.Sms;

/// <summary>Reads the sandbox SMS outbox of one mobile number, newest first.</summary>
public sealed partial class SmsOutboxQuery(IGrainFactory grains)
{
    public async Task<IReadOnlyList<SmsOutboxItem>> ListAsync(string? mobile)
    {
        if (!MobileNumber.IsValid(mobile))
        {
            throw AdminException.Invalid("mobile", "required, a mainland mobile number (^1[3-9]\\d{9}$)");
        }

        // The grain keeps a bounded number per mobile; ask for all of them and page here.
        var messages = await grains.GetGrain<ISmsOutboxGrain>(mobile).List(int.MaxValue);
        return messages.Select(SmsOutboxItem.From).ToList();
    }
}
