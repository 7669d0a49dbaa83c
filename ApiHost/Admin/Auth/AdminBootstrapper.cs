using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Grains.Admin;

namespace ApiHost.Admin.Auth;

/// <summary>Creates the bootstrap admin "admin" when it does not exist yet, with the configured password
/// (ADMIN_PASSWORD, or Admin:Password) or else a generated one that is logged this once: only its hash is stored,
/// so the log line is the only way to learn it. Never changes an existing account.</summary>
public sealed partial class AdminBootstrapper(
    IGrainFactory grains,
    IConfiguration configuration,
    IOptions<AdminOptions> options,
    ILogger<AdminBootstrapper> logger) : IHostedService
{
    public const string Username = "admin";
    public const string PasswordKey = "ADMIN_PASSWORD";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = configuration[PasswordKey] is { Length: > 0 } fromKey ? fromKey : options.Value.Password;
        if (configured is { Length: > 0 } && configured.Length is < AdminCredentials.MinPasswordLength or > AdminCredentials.MaxPasswordLength)
        {
            throw new InvalidOperationException(
                $"{PasswordKey} must have {AdminCredentials.MinPasswordLength} to {AdminCredentials.MaxPasswordLength} characters.");
        }

        var generated = configured is not { Length: > 0 };
        var password = generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_') : configured!;
        if (!await grains.GetGrain<IAdminUserGrain>(Username).Create(new AdminUserCreate(password, AdminRole.Admin)))
        {
            return;
        }

        if (generated)
        {
            LogGeneratedPassword(logger, Username, password, PasswordKey);
        }
        else
        {
            LogCreated(logger, Username, PasswordKey);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Warning, "Created the bootstrap admin \"{Username}\" with the generated password {Password} (shown only this once; set {Key} to choose it, change it with PUT /v1/admin-users/admin)")]
    private static partial void LogGeneratedPassword(ILogger logger, string username, string password, string key);

    [LoggerMessage(2, LogLevel.Information, "Created the bootstrap admin \"{Username}\" with the password from {Key}")]
    private static partial void LogCreated(ILogger logger, string username, string key);
}
