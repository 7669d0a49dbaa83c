using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Orleans.Grains.Common;
using Orleans.Grains.Security;
using Orleans.Runtime;

namespace Orleans.Grains.Identity;

public sealed class UserGrain(
    [PersistentState("state")] IPersistentState<UserState> state,
    PasswordHasher hasher,
    IOptions<SessionOptions> options,
    TimeProvider clock) : Grain, IUserGrain
{
    /// <summary>Expiries slid in memory but not yet written (see <see cref="SessionOptions.SlideWriteInterval"/>).</summary>
    private readonly Dictionary<SessionSlot, DateTimeOffset> _slid = [];

    private UserState S => state.State;

    private SessionOptions Options => options.Value;

    public async Task<SessionCheck> CheckSession(string token)
    {
        var userId = this.GetPrimaryKeyLong();
        if (!state.RecordExists || !SessionToken.TryGetUserId(token, out var tokenUser) || tokenUser != userId)
        {
            return new SessionCheck(SessionStatus.Unknown, 0);
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
        await state.WriteOrResetAsync(DeactivateOnIdle);
        return Profile();
    }

    public Task<UserProfile?> GetProfile() => Task.FromResult(state.RecordExists ? Profile() : null);

    public Task<bool> VerifyPassword(string password) =>
        Task.FromResult(state.RecordExists && hasher.Verify(password, S.PasswordHash));

    public async Task<SessionGrant> Login(SessionSlot slot)
    {
        RequireUser();
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
        await state.WriteOrResetAsync(DeactivateOnIdle);
        return new SessionGrant(token, Profile());
    }

    public async Task Logout(string token)
    {
        var hash = SessionToken.Hash(token);
        if (S.Sessions.Find(s => SameHash(s.TokenHash, hash)) is { } session)
        {
            S.Sessions.Remove(session);
            _slid.Remove(session.Slot);
            await state.WriteOrResetAsync(DeactivateOnIdle);
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

    private async Task SetPasswordAsync(string password)
    {
        S.PasswordHash = hasher.Hash(password);
        S.PasswordVersion++;
        await state.WriteOrResetAsync(DeactivateOnIdle);
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
        await state.WriteOrResetAsync(DeactivateOnIdle);
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

    private void RequireUser()
    {
        if (!state.RecordExists)
        {
            throw new InvalidOperationException($"User {this.GetPrimaryKeyLong()} does not exist.");
        }
    }

    private UserProfile Profile() =>
        new(this.GetPrimaryKeyLong(), S.Mobile, S.OpenId, S.Nickname, S.HeadImage, S.Intro, S.RegisteredAt);

    private static bool SameHash(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    /// <summary>"18575202692" becomes "185****2692".</summary>
    private static string MaskedMobile(string mobile) =>
        mobile.Length >= 7 ? string.Concat(mobile.AsSpan(0, 3), "****", mobile.AsSpan(mobile.Length - 4)) : mobile;
}
