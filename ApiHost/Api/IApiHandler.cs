namespace ApiHost.Api;

/// <summary>One API method at one version: a use case that calls grains and knows no envelope.</summary>
public interface IApiHandler
{
    /// <summary>The method name, e.g. "user.login".</summary>
    string Method { get; }

    /// <summary>The version, e.g. "1.0.0".</summary>
    string Version { get; }

    /// <summary>Has side effects: a replayed (appid, sign) of a write call is refused.</summary>
    bool IsWrite { get; }

    /// <summary>Failures of this method count toward the temporary ban of the caller's address.</summary>
    bool CountsTowardIpBan { get; }

    SessionRequirement Session { get; }

    /// <summary>The parameters record, for documentation (Swagger) and for binding.</summary>
    Type ParametersType { get; }

    /// <summary>The data record of a successful answer, for documentation.</summary>
    Type ResultType { get; }

    Task<ApiResult> InvokeAsync(ApiContext context);
}
