using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Orleans.Grains.Admin;

public sealed class AdminUserGrain(
    [PersistentState("state")] IPersistentState<AdminUserState> state,
    AdminPasswordCheck passwords,
    IOptions<AdminGrainOptions> options,
    TimeProvider clock) : Grain, IAdminUserGrain
{
    private AdminGrainOptions Options => options.Value;

    public Task<AdminUserView?> Get() => Task.FromResult(state.RecordExists ? View() : null);

    public async Task<bool> Create(AdminUserCreate account)
    {
        if (state.RecordExists)
        {
            // Listing again is harmless and repairs a create interrupted between its two writes.
            await Directory.Add(GetPrimaryKeyString());
            return false;
        }

        state.State = new AdminUserState
        {
            Username = GetPrimaryKeyString(),
            PasswordHash = passwords.Hash(account.Password),
            Role = account.Role,
            Enabled = true,
            CreatedAt = clock.GetUtcNow(),
        };
        await state.WriteStateAsync();
        await Directory.Add(GetPrimaryKeyString());
        return true;
    }

    public async Task<AdminUserView?> Update(AdminUserChange change)
    {
        if (!state.RecordExists)
        {
            return null;
        }

        var user = state.State;
        var endSessions = change.Password is not null || (change.Enabled is false && user.Enabled);
        user.Enabled = change.Enabled ?? user.Enabled;
        user.Role = change.Role ?? user.Role;
        if (change.Password is not null)
        {
            user.PasswordHash = passwords.Hash(change.Password);

            // A password reset is also how an admin unlocks a locked-out account.
            ClearFailures();
        }

        if (endSessions)
        {
            user.SessionEpoch++;
        }

        await state.WriteStateAsync();
        return View();
    }

    public async Task<AdminLoginResult> Login(string password)
    {
        if (!state.RecordExists)
        {
            passwords.VerifyUnknownAccount(password);

            // Nothing is stored for unknown names; do not keep their activations around either.
            DeactivateOnIdle();
            return new AdminLoginResult(AdminLoginStatus.BadCredentials);
        }

        var user = state.State;
        var now = clock.GetUtcNow();
        if (user.LockedUntil is { } lockedUntil)
        {
            if (lockedUntil > now)
            {
                return new AdminLoginResult(AdminLoginStatus.Locked, LockedUntil: lockedUntil);
            }

            ClearFailures();
        }

        if (!passwords.Verify(password, user.PasswordHash))
        {
            return await RecordFailure(now);
        }

        if (!user.Enabled)
        {
            return new AdminLoginResult(AdminLoginStatus.Disabled);
        }

        var hadFailures = user.FailedLogins > 0 || user.LockedUntil is not null;
        ClearFailures();
        if (hadFailures)
        {
            await state.WriteStateAsync();
        }

        var token = AdminSessionToken.Create();
        await GrainFactory.GetGrain<IAdminSessionGrain>(AdminSessionToken.Hash(token)).Open(new AdminSessionOpen(user.Username, user.SessionEpoch));
        return new AdminLoginResult(AdminLoginStatus.Success, token);
    }

    public Task<AdminRole?> Authorize(int epoch) =>
        Task.FromResult(state.RecordExists && state.State.Enabled && state.State.SessionEpoch == epoch ? state.State.Role : (AdminRole?)null);

    private async Task<AdminLoginResult> RecordFailure(DateTimeOffset now)
    {
        var user = state.State;
        if (user.LastFailureAt is { } last && now - last >= Options.LockoutDuration)
        {
            // Failures spread over more than the lock duration are not an attack on this account.
            user.FailedLogins = 0;
        }

        user.FailedLogins++;
        user.LastFailureAt = now;
        if (user.FailedLogins >= Options.MaxFailedLogins)
        {
            user.LockedUntil = now + Options.LockoutDuration;
        }

        await state.WriteStateAsync();
        return user.LockedUntil is { } until
            ? new AdminLoginResult(AdminLoginStatus.Locked, LockedUntil: until)
            : new AdminLoginResult(AdminLoginStatus.BadCredentials);
    }

    private void ClearFailures()
    {
        state.State.FailedLogins = 0;
        state.State.LastFailureAt = null;
        state.State.LockedUntil = null;
    }

    private IAdminDirectoryGrain Directory => GrainFactory.GetGrain<IAdminDirectoryGrain>("default");

    private AdminUserView View()
    {
        var user = state.State;
        var locked = user.LockedUntil is { } until && until > clock.GetUtcNow() ? until : (DateTimeOffset?)null;
        return new AdminUserView(user.Username, user.Role, user.Enabled, user.CreatedAt, locked);
    }
}
