using System.Net;
using Orleans;

namespace ApiHost.Api;

/// <summary>What a handler gets besides its parameters: the request, the caller's session, the grains and time.</summary>
public sealed class ApiContext(ApiRequest request, IGrainFactory grains, TimeProvider clock, CancellationToken cancellationToken)
{
    public ApiRequest Request { get; } = request;

    public FixedParameters Fixed => Request.Fixed;

    public IPAddress ClientIp => Request.ClientIp;

    public IGrainFactory Grains { get; } = grains;

    public TimeProvider Clock { get; } = clock;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The signed-in user, set by the dispatcher for handlers that require a session.</summary>
    public long? UserId { get; internal set; }

    /// <summary>The session token the caller sent, if any.</summary>
    public string? Token { get; internal set; }

    public long RequireUserId() => UserId ?? throw new ApiException(ApiErrorKind.NotLoggedIn, "您还未登录");
}
