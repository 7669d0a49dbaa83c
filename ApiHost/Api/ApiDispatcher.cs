using System.Collections.Frozen;
using System.Text.Json;
using Orleans;

namespace ApiHost.Api;

/// <summary>Finds the handler for (method, v) and runs it, after the session check it asks for. Shared by every
/// protocol dialect.</summary>
public sealed class ApiDispatcher
{
    private readonly FrozenDictionary<(string Method, string Version), IApiHandler> _handlers;
    private readonly SessionAuthenticator _sessions;
    private readonly IGrainFactory _grains;
    private readonly TimeProvider _clock;

    public ApiDispatcher(IEnumerable<IApiHandler> handlers, SessionAuthenticator sessions, IGrainFactory grains, TimeProvider clock)
    {
        var byKey = new Dictionary<(string, string), IApiHandler>();
        foreach (var handler in handlers)
        {
            if (!byKey.TryAdd((handler.Method, handler.Version), handler))
            {
                throw new InvalidOperationException($"Two handlers for {handler.Method} v{handler.Version}.");
            }
        }

        _handlers = byKey.ToFrozenDictionary();
        _sessions = sessions;
        _grains = grains;
        _clock = clock;
    }

    public IEnumerable<IApiHandler> Handlers => _handlers.Values.OrderBy(h => h.Method, StringComparer.Ordinal).ThenBy(h => h.Version, StringComparer.Ordinal);

    public IApiHandler? Find(string method, string version) => _handlers.GetValueOrDefault((method, version));

    public async Task<ApiResult> InvokeAsync(IApiHandler handler, ApiRequest request, CancellationToken cancellationToken)
    {
        var context = new ApiContext(request, _grains, _clock, cancellationToken) { Token = ReadToken(request.Data) };
        if (handler.Session == SessionRequirement.Required)
        {
            context.UserId = await _sessions.AuthenticateAsync(context.Token);
        }

        return await handler.InvokeAsync(context);
    }

    private static string? ReadToken(JsonElement data) =>
        data.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null;
}
