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
            throw ApiException.Parameter(JsonErrorField.From(exception, "data"), "缺失或类型不正确");
        }
    }
}
