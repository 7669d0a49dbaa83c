using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ApiHost.Protocols.Yaf;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ApiHost.Protocols.Dialects;

/// <summary>Reads a REST dialect's request: the method from the route (<c>/prefix/a/b/c</c> is <c>a.b.c</c>), query
/// parameters, and for POST, PUT and PATCH a JSON object body or a url-encoded form, all within the size limits.</summary>
public sealed partial class RestRequestReader(IOptions<DialectOptions> options)
{
    public const string DefaultVersion = "1.0.0";
    private const int MaxMethodLength = 64;
    private const int MaxNameLength = 64;

    /// <summary>The method a route path names, or null when the path cannot name one.</summary>
    public static string? MethodOf(string? path)
    {
        path = path?.Trim('/');
        return path is { Length: > 0 and <= MaxMethodLength } && MethodPath().IsMatch(path) ? path.Replace('/', '.') : null;
    }

    public async Task<RestInput> ReadAsync(HttpRequest request, string method, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var parameters = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Query)
        {
            if (values.Count != 1)
            {
                throw new DialectInputException(StatusCodes.Status400BadRequest, $"参数 {Clip(name)} 重复");
            }

            Add(parameters, name, JsonSerializer.SerializeToElement(values[0]), limits);
        }

        if (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
        {
            await ReadBodyAsync(request, parameters, limits, cancellationToken);
        }

        var version = parameters.TryGetValue("v", out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 and <= 16 } text
            ? text
            : DefaultVersion;
        parameters.Remove("v");
        return new RestInput(method, version, parameters);
    }

    private static async Task ReadBodyAsync(HttpRequest request, Dictionary<string, JsonElement> parameters, DialectOptions limits, CancellationToken cancellationToken)
    {
        var bytes = await ReadLimitedAsync(request, limits.MaxBodyBytes, cancellationToken);
        if (bytes.Length == 0)
        {
            return;
        }

        var type = request.ContentType ?? string.Empty;
        if (type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var (name, values) in QueryHelpers.ParseQuery(Encoding.UTF8.GetString(bytes)))
            {
                if (values.Count != 1)
                {
                    throw new DialectInputException(StatusCodes.Status400BadRequest, $"参数 {Clip(name)} 重复");
                }

                Add(parameters, name, JsonSerializer.SerializeToElement(values[0]), limits, replace: true);
            }

            return;
        }

        if (type.Length > 0 && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new DialectInputException(StatusCodes.Status415UnsupportedMediaType, "请求体须为 JSON（application/json）或表单");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new DialectInputException(StatusCodes.Status400BadRequest, "请求体不是有效的 JSON");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DialectInputException(StatusCodes.Status400BadRequest, "请求体须为 JSON 对象");
        }

        foreach (var property in root.EnumerateObject())
        {
            Add(parameters, property.Name, property.Value, limits, replace: true);
        }
    }

    /// <summary>The whole body, refused with 413 past the limit whether or not Content-Length announced it.</summary>
    public static async Task<byte[]> ReadLimitedAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw new DialectInputException(StatusCodes.Status413PayloadTooLarge, "请求体过大");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        using var buffer = new MemoryStream();
        try
        {
            await new BodyLimitStream(request.Body, limit).CopyToAsync(buffer, cancellationToken);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new DialectInputException(StatusCodes.Status413PayloadTooLarge, "请求体过大");
        }

        return buffer.ToArray();
    }

    private static void Add(Dictionary<string, JsonElement> parameters, string name, JsonElement value, DialectOptions limits, bool replace = false)
    {
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new DialectInputException(StatusCodes.Status400BadRequest, "参数名为空或过长");
        }

        if (!replace && parameters.ContainsKey(name))
        {
            throw new DialectInputException(StatusCodes.Status400BadRequest, $"参数 {name} 重复");
        }

        parameters[name] = value;
        if (parameters.Count > limits.MaxParameters)
        {
            throw new DialectInputException(StatusCodes.Status400BadRequest, $"参数不能超过 {limits.MaxParameters} 个");
        }
    }

    private static string Clip(string name) => name.Length > MaxNameLength ? name[..MaxNameLength] : name;

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(/[A-Za-z][A-Za-z0-9_]*){0,7}$")]
    private static partial Regex MethodPath();
}
