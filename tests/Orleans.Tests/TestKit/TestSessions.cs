using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Identity;
using Orleans.Grains.Sms;

namespace Orleans.Tests.TestKit;

/// <summary>A logged-in user obtained through the real methods: sms.send (USER_REGISTER_CODE), then user.register,
/// which logs the new user in on the client's platform. The SMS code is read either from the sandbox outbox grain
/// (the host's default <see cref="ISmsSender"/> records every message there; needs the outbox grain) or by a reader
/// the caller passes (for hosts that replace the sender, e.g. with a capturing one).</summary>
public static class TestSessions
{
    public const string DefaultPassword = "secret_123";

    /// <summary>For a host with the default sandbox sender: <paramref name="services"/> is the factory's Services.</summary>
    public static Task<(long UserId, string Token)> RegisterAndLoginAsync(YafClient client, string mobile, IServiceProvider services, string password = DefaultPassword) =>
        RegisterAndLoginAsync(client, mobile, m => ReadOutboxCodeAsync(services, m, SmsTemplates.Register), password);

    /// <summary><paramref name="readRegisterCode"/> answers the newest USER_REGISTER_CODE code sent to a mobile.</summary>
    public static async Task<(long UserId, string Token)> RegisterAndLoginAsync(
        YafClient client, string mobile, Func<string, Task<string>> readRegisterCode, string password = DefaultPassword)
    {
        Expect200(await client.CallAsync("sms.send", new { mobile, key = SmsTemplates.Register }), "sms.send");
        var code = await readRegisterCode(mobile);
        var registered = await client.CallAsync("user.register", new { mobile, password, code });
        Expect200(registered, "user.register");
        var token = registered.Str("token");
        return SessionToken.TryGetUserId(token, out var userId)
            ? (userId, token)
            : throw new InvalidOperationException($"user.register answered a token that names no user: {registered}");
    }

    /// <summary>The newest code of <paramref name="template"/> in the mobile's sandbox outbox.</summary>
    public static async Task<string> ReadOutboxCodeAsync(IServiceProvider services, string mobile, string template)
    {
        var messages = await services.GetRequiredService<IGrainFactory>().GetGrain<ISmsOutboxGrain>(mobile).List(20);
        return messages.FirstOrDefault(m => m.Template == template)?.Code
            ?? throw new InvalidOperationException($"No {template} message for {mobile} in the sandbox outbox.");
    }

    private static void Expect200(YafReply reply, string method)
    {
        if (reply.Code != 200)
        {
            throw new InvalidOperationException($"{method} failed: {reply}");
        }
    }
}
