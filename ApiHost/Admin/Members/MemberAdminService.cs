using ApiHost.Admin.Http;
using ApiHost.Admin.Inputs;
using ApiHost.Api;
using Orleans;
using Orleans.Grains.Identity;
using Orleans.Grains.Mall;

namespace ApiHost.Admin.Members;

/// <summary>Mobile users for admins: list (users read model), find by mobile, read, lock and unlock (user grain),
/// credit or debit gold through the wallet grain.</summary>
public sealed partial class MemberAdminService(IGrainFactory grains)
{
    public const int MaxAmount = 100_000_000;
    public const int MaxReasonLength = 100;
    public const int MaxRequestIdLength = 64;

    /// <summary>The users matching <paramref name="mobile"/> (zero or one).</summary>
    public async Task<IReadOnlyList<MemberItem>> FindAsync(string? mobile)
    {
        if (!MobileNumber.IsValid(mobile))
        {
            throw AdminException.Invalid("mobile", "required, a mainland mobile number (^1[3-9]\\d{9}$)");
        }

        return await grains.GetGrain<IMobileIndexGrain>(mobile).Lookup() is { } userId ? [await GetAsync(userId)] : [];
    }

    /// <summary>Users newest first from the read model; filters <c>mobile_part</c> (a part of the number) and
    /// <c>locked</c>.</summary>
    public async Task<(IReadOnlyList<MemberItem> Page, long Total)> ListAsync(IQueryCollection query, AdminPaging paging)
    {
        var part = AdminInput.QueryText(query, "mobile_part", UserSearch.MaxMobileLength) ?? string.Empty;
        if (!part.All(char.IsAsciiDigit))
        {
            throw AdminException.Invalid("mobile_part", $"must be 1-{UserSearch.MaxMobileLength} digits");
        }

        var found = await grains.GetGrain<IUserSearchGrain>(0).Search(
            new UserSearch(part, AdminInput.QueryBool(query, "locked"), (long)(paging.Page - 1) * paging.Limit, paging.Limit));
        return (found.Users.Select(u => MemberItem.From(u, null)).ToList(), found.Total);
    }

    public async Task<MemberItem> GetAsync(long userId)
    {
        var user = userId > 0 ? await grains.GetGrain<IUserGrain>(userId).GetListing() : null;
        return user is null
            ? throw AdminException.NotFound($"user {userId}")
            : MemberItem.From(user, await grains.GetGrain<IWalletGrain>(userId).GetBalance());
    }

    /// <summary>Locks a user: their sessions end at once and every login is refused until unlocked.</summary>
    public async Task<MemberItem> LockAsync(long userId, UserLockRequest request)
    {
        var reason = AdminInput.Text("reason", request.Reason, MaxReasonLength);
        return await SetLockedAsync(userId, true, reason);
    }

    public Task<MemberItem> UnlockAsync(long userId) => SetLockedAsync(userId, false, string.Empty);

    private async Task<MemberItem> SetLockedAsync(long userId, bool locked, string reason)
    {
        if (userId <= 0 || await grains.GetGrain<IUserGrain>(userId).SetLocked(locked, reason) is null)
        {
            throw AdminException.NotFound($"user {userId}");
        }

        return await GetAsync(userId);
    }

    public async Task<GoldCredited> CreditAsync(long userId, GoldCreditRequest request)
    {
        if (request.Amount == 0 || Math.Abs((long)request.Amount) > MaxAmount)
        {
            throw AdminException.Invalid("amount", $"must be non-zero and at most {MaxAmount} either way");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > MaxReasonLength)
        {
            throw AdminException.Invalid("reason", $"required, at most {MaxReasonLength} characters");
        }

        if (request.RequestId is { } id && (id.Length is 0 or > MaxRequestIdLength))
        {
            throw AdminException.Invalid("request_id", $"1 to {MaxRequestIdLength} characters when given");
        }

        await GetAsync(userId); // 404 for unknown users: gold must not pile up on an id nobody owns
        var reference = $"admin:{request.RequestId ?? Guid.NewGuid().ToString("N")}";
        var wallet = grains.GetGrain<IWalletGrain>(userId);
        var result = request.Amount > 0
            ? await wallet.Credit(reference, request.Amount, request.Reason.Trim(), null)
            : await wallet.Debit(reference, -request.Amount, request.Reason.Trim(), null);
        return result.Applied
            ? new GoldCredited(userId, result.Balance)
            : throw AdminException.Conflict($"the balance ({result.Balance}) is less than {-request.Amount}; gold never goes negative");
    }
}
