using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Grains.Gateway;

namespace ApiHost.Protocols.Dialects;

/// <summary>Whether a client app may use a dialect (app registration, <c>dialects</c>). The REST dialects are not
/// signed per app, so the app names itself (X-App-Id or appid); a named app must be registered, enabled and allowed
/// the dialect. Requests naming no app pass unless <see cref="DialectOptions.RequireAppId"/> is set.</summary>
public sealed class DialectAccess(IGrainFactory grains, IOptions<DialectOptions> options)
{
    public const int MaxAppIdLength = 64;
    public const string UnknownApp = "应用未登记或已停用";
    public const string NotAllowed = "该应用不允许使用此接口协议";
    public const string AppIdMissing = "请提供 appid（X-App-Id）";

    /// <summary>Null when the call may go on; otherwise the message of the dialect's permission error.</summary>
    public async Task<string?> RefusalAsync(string? appId, string dialect)
    {
        if (appId is null)
        {
            return options.Value.RequireAppId ? AppIdMissing : null;
        }

        if (appId.Length > MaxAppIdLength)
        {
            return UnknownApp;
        }

        var app = await grains.GetGrain<IAppGrain>(appId).Get();
        if (app is not { Enabled: true })
        {
            return UnknownApp;
        }

        return app.MayUse(dialect) ? null : NotAllowed;
    }
}
