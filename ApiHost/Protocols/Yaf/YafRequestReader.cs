using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ApiHost.Protocols.Yaf;

/// <summary>Reads the two form fields, data and sign (plus files of a multipart upload), within the size limits.</summary>
public sealed class YafRequestReader(IOptions<YafOptions> options)
{
    public async Task<YafRawRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var multipart = request.HasFormContentType && request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);
        var limit = multipart ? limits.MaxMultipartBytes : limits.MaxFormBytes;
        if (request.ContentLength > limit)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (!request.HasFormContentType)
        {
            throw new YafFailure(YafCodes.Business, "请以表单提交 data 与 sign 参数");
        }

        var formOptions = new FormOptions
        {
            MultipartBodyLengthLimit = limit,
            ValueLengthLimit = (int)Math.Min(limit, limits.MaxFormBytes),
            KeyLengthLimit = 64,
            ValueCountLimit = 16,
            BufferBodyLengthLimit = limit,
        };
        request.Body = new BodyLimitStream(request.Body, limit);
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, formOptions));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception error) when (error is InvalidDataException || (error is IOException and not BadHttpRequestException && !cancellationToken.IsCancellationRequested))
        {
            // A malformed body (no multipart boundary, a truncated part, too many or too long fields) is the client's
            // mistake: a clean protocol answer, not 413 (reserved for an oversize body, raised by BodyLimitStream or the
            // server) and not a 500.
            throw new YafFailure(YafCodes.Business, "请求表单格式不正确");
        }

        return new YafRawRequest(Single(form, "data"), Single(form, "sign"), form.Files.Count > 0 ? form.Files : null)
        {
            Origin = $"{request.Scheme}://{request.Host}{request.PathBase}",
        };
    }

    private static string? Single(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;
}
