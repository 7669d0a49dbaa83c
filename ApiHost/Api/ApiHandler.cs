using System.Text.Json;

namespace ApiHost.Api;

/// <summary>Base for handlers: binds the parameters record from the request's JSON (snake_case, numbers may be
/// strings) and turns a binding failure into a parameter error that names the parameter.</summary>
public abstract class ApiHandler<TParameters, TResult> : IApiHandler
    where TParameters : class
{
    public abstract string Method { get; }

    public virtual string Version => "1.0.0";

    public virtual bool IsWrite => false;

    public virtual bool CountsTowardIpBan => false;

    public virtual SessionRequirement Session => SessionRequirement.None;

    public Type ParametersType => typeof(TParameters);

    public Type ResultType => typeof(TResult);

    public Task<ApiResult> InvokeAsync(ApiContext context) => HandleAsync(Bind(context.Request.Data), context);

    protected abstract Task<ApiResult> HandleAsync(TParameters parameters, ApiContext context);

    protected static ApiResult Ok(string message, TResult data) => new(message, data);

    private static TParameters Bind(JsonElement data)
    {
        try
        {
            return data.Deserialize<TParameters>(ApiJson.Options)
                ?? throw ApiException.Parameter("data", "不能为空");
        }
        catch (JsonException exception)
        {
            throw ApiException.Parameter(ParameterName(exception), "缺失或类型不正确");
        }
    }

    /// <summary>The offending parameter: from the JSON path ("$.number"), or from the missing-required list
    /// ("... type 'T' was missing required properties including: 'number'."): the first name after "including:",
    /// not the type name quoted before it.</summary>
    private static string ParameterName(JsonException exception)
    {
        if (exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal))
        {
            return path[2..].Split('.', '[')[0];
        }

        var message = exception.Message;
        var listed = message.IndexOf("including:", StringComparison.Ordinal);
        var quote = message.IndexOf('\'', Math.Max(listed, 0));
        var end = quote < 0 ? -1 : message.IndexOf('\'', quote + 1);
        return end > quote ? message[(quote + 1)..end] : "data";
    }
}
