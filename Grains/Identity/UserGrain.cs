using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Grains.Common;
using Orleans.Grains.ReadModels;
using Orleans.Grains.Security;
using Orleans.Runtime;

namespace Orleans.Grains.Identity;

/// <summary>A user. After a durable write that changes what admin lists show, the user is projected to
/// <see cref="UserReadModel"/>; session writes (logins, slid expiries) change nothing there and are not projected,
/// and activation heals a projection that a crash or a failed read-model write left behind.</summary>
public sealed partial class UserGrain(
    [PersistentState("state")] IPersistentState<UserState> state,
    PasswordHasher hasher,
    IOptions<SessionOptions> options,
    TimeProvider clock,
    UserReadModel readModel,
    ILogger<UserGrain> logger) : Grain, IUserGrain
{
    /// <summary>Expiries slid in memory but not yet written (see <see cref="SessionOptions.SlideWriteInterval"/>).</summary>
    private readonly Dictionary<SessionSlot, DateTimeOffset> _slid = [];

    /// <summary>The row the read model is known to hold; a write that leaves the row as it is projects nothing.</summary>
    private UserListing? _projected;

    public const int MaxLockReason = 200;

    private UserState S => state.State;

    private SessionOptions Options => options.Value;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists || ReadModel<UserListing>.StateVersion(state.Etag) is not { } version)
        {
            return;
        }

        try
        {
            var row = Listing();
            await readModel.HealAsync(row.UserId, row, version, cancellationToken);
            _projected = row;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The user itself is fine; lists lag until the next write or activation projects again.
            LogProjectionFailed(logger, exception, this.GetPrimaryKeyLong());
        }
    }

    public async Task<SessionCheck> CheckSession(string token)
    {
        var userId = this.GetPrimaryKeyLong();
        if (!state.RecordExists || !SessionToken.TryGetUserId(token, out var tokenUser) || tokenUser != userId)
        {
            return new SessionCheck(SessionStatus.Unknown, 0);
        }

        if (S.Locked)
        {
            return new SessionCheck(SessionStatus.Locked, 0);
        }

        var hash = SessionToken.Hash(token);
        var now = clock.GetUtcNow();
        if (S.Sessions.Find(s => SameHash(s.TokenHash, hash)) is { } session)
        {
            if (session.PasswordVersion != S.PasswordVersion)
            {
                return new SessionCheck(SessionStatus.PasswordChanged, 0);
            }

            if (ExpiryOf(session) <= now)
            {
                return new SessionCheck(SessionStatus.Expired, 0);
            }

            await SlideAsync(session, now);
            return new SessionCheck(SessionStatus.Valid, userId);
        }

        if (S.Replaced.Find(r => SameHash(r.TokenHash, hash)) is { } replaced)
        {
            // A password change is the more useful news for a client holding a replaced token.
            return new SessionCheck(replaced.PasswordVersion != S.PasswordVersion ? SessionStatus.PasswordChanged : SessionStatus.Replaced, 0);
        }

        return new SessionCheck(SessionStatus.Unknown, 0);
    }

    public async Task<UserProfile> Create(string mobile, string password)
    {
        if (state.RecordExists && S.Mobile != mobile)
        {
            throw new InvalidOperationException("This user id already belongs to another mobile number.");
        }

        if (!state.RecordExists)
        {
            S.Mobile = mobile;
            S.OpenId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            S.Nickname = MaskedMobile(mobile);
            S.RegisteredAt = clock.GetUtcNow();
        }

        S.PasswordHash = hasher.Hash(password);
        await SaveAsync();
        return Profile();
    }

    public Task<UserProfile?> GetProfile() => Task.FromResult(state.RecordExists ? Profile() : null);

    public Task<bool> VerifyPassword(string password) =>
        Task.FromResult(state.RecordExists && hasher.Verify(password, S.PasswordHash));

    public async Task<SessionGrant?> Login(SessionSlot slot)
    {
        RequireUser();
        if (S.Locked)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var token = SessionToken.Create(this.GetPrimaryKeyLong());
        if (S.Sessions.Find(s => s.Slot == slot) is { } previous)
        {
            S.Sessions.Remove(previous);
            S.Replaced.Add(new ReplacedSession { Slot = slot, TokenHash = previous.TokenHash, ReplacedAt = now, PasswordVersion = previous.PasswordVersion });
        }

        ForgetOldReplaced(slot, now);
        _slid.Remove(slot);
        S.Sessions.Add(new SessionEntry
        {
            Slot = slot,
            TokenHash = SessionToken.Hash(token),
            IssuedAt = now,
            ExpiresAt = now + Options.LifetimeOf(slot),
            PasswordVersion = S.PasswordVersion,
        });
        await SaveAsync();
        return new SessionGrant(token, Profile());
    }

    public async Task Logout(string token)
    {
        var hash = SessionToken.Hash(token);
        if (S.Sessions.Find(s => SameHash(s.TokenHash, hash)) is { } session)
        {
            S.Sessions.Remove(session);
            _slid.Remove(session.Slot);
            await SaveAsync();
        }
    }

    public async Task<PasswordChangeResult> ChangePassword(string oldPassword, string newPassword)
    {
        RequireUser();
        if (!hasher.Verify(oldPassword, S.PasswordHash))
        {
            return PasswordChangeResult.WrongOldPassword;
        }

        if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(oldPassword), Encoding.UTF8.GetBytes(newPassword)))
        {
            return PasswordChangeResult.SameAsOld;
        }

        await SetPasswordAsync(newPassword);
        return PasswordChangeResult.Changed;
    }

    public Task ResetPassword(string newPassword)
    {
        RequireUser();
        return SetPasswordAsync(newPassword);
    }

    public async Task<UserProfile?> SetLocked(bool locked, string reason)
    {
        if (!state.RecordExists)
        {
            return null;
        }

        if (locked)
        {
            RequireReason(reason);
            S.Locked = true;
            S.LockedAt = clock.GetUtcNow();
            S.LockReason = reason;

            // Ended, not suspended: unlocking must not bring back a session someone may have taken over.
            S.Sessions.Clear();
            S.Replaced.Clear();
            _slid.Clear();
        }
        else if (S.Locked)
        {
            S.Locked = false;
            S.LockedAt = null;
            S.LockReason = null;
        }
        else
        {
            return Profile();
        }

        await SaveAsync();
        return Profile();
    }

    public Task<UserListing?> GetListing() => Task.FromResult(state.RecordExists ? Listing() : null);

    private async Task SetPasswordAsync(string password)
    {
        S.PasswordHash = hasher.Hash(password);
        S.PasswordVersion++;
        await SaveAsync();
    }

    private DateTimeOffset ExpiryOf(SessionEntry session) =>
        _slid.TryGetValue(session.Slot, out var slid) && slid > session.ExpiresAt ? slid : session.ExpiresAt;

    private async Task SlideAsync(SessionEntry session, DateTimeOffset now)
    {
        var expires = now + Options.LifetimeOf(session.Slot);
        if (expires - session.ExpiresAt < Options.SlideWriteInterval)
        {
            _slid[session.Slot] = expires;
            return;
        }

        session.ExpiresAt = expires;
        _slid.Remove(session.Slot);
        await SaveAsync();
    }

    /// <summary>Keeps the newest replaced tokens of a slot, and only while they would still have been alive.</summary>
    private void ForgetOldReplaced(SessionSlot slot, DateTimeOffset now)
    {
        var lifetime = Options.LifetimeOf(slot);
        S.Replaced.RemoveAll(r => r.Slot == slot && now - r.ReplacedAt >= lifetime);
        var ofSlot = S.Replaced.Where(r => r.Slot == slot).OrderBy(r => r.ReplacedAt).ToList();
        foreach (var stale in ofSlot.Take(Math.Max(0, ofSlot.Count - Options.ReplacedTokensKept)))
        {
            S.Replaced.Remove(stale);
        }
    }

    private async Task SaveAsync()
    {
        await state.WriteOrResetAsync(DeactivateOnIdle);
        var row = Listing();
        if (row == _projected)
        {
            return;
        }

        try
        {
            await readModel.ProjectAsync(row, ReadModel<UserListing>.StateVersion(state.Etag)!.Value);
            _projected = row;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The change is durable and the answer stays true; the list heals when this grain activates again,
            // which deactivating now makes happen on the next call.
            LogProjectionFailed(logger, exception, row.UserId);
            DeactivateOnIdle();
        }
    }

    private UserListing Listing() =>
        new(this.GetPrimaryKeyLong(), S.Mobile, S.OpenId, S.Nickname, S.RegisteredAt, S.Locked, S.LockedAt, S.LockReason);

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxLockReason)
        {
            throw new ArgumentException($"A lock reason is 1-{MaxLockReason} characters.", nameof(reason));
        }
    }

    private void RequireUser()
    {
        if (!state.RecordExists)
        {
            throw new InvalidOperationException($"User {this.GetPrimaryKeyLong()} does not exist.");
        }
    }

    private UserProfile Profile() =>
        new(this.GetPrimaryKeyLong(), S.Mobile, S.OpenId, S.Nickname, S.HeadImage, S.Intro, S.RegisteredAt, S.Locked);

    private static bool SameHash(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    /// <summary>"18575202692" becomes "185****2692".</summary>
    private static string MaskedMobile(string mobile) =>
        mobile.Length >= 7 ? string.Concat(mobile.AsSpan(0, 3), "****", mobile.AsSpan(mobile.Length - 4)) : mobile;

    [LoggerMessage(1, LogLevel.Warning, "User {UserId}: projecting to the users read model failed; it will be retried on the next activation")]
    private static partial void LogProjectionFailed(ILogger logger, Exception exception, long userId);
}
