using ApiHost.Uploads;
using Microsoft.Extensions.Options;
using Orleans.Grains.Common;

namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>system.upload (section 2.4): one image in the multipart field "image" (not signed), for a signed-in user.
/// The content decides the type (JPEG, PNG, GIF, WebP by magic bytes); the file name the client sent is ignored.</summary>
public sealed class SystemUploadHandler(ImageUploadStore store, IOptions<UploadOptions> options) : ApiHandler<TokenParameters, UploadResult>
{
    public const string FileField = "image";

    public override string Method => "system.upload";

    /// <summary>It stores a file: a replayed request must not store a second one.</summary>
    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(TokenParameters parameters, ApiContext context)
    {
        context.RequireUserId();
        var files = context.Request.Files?.GetFiles(FileField) ?? [];
        if (files.Count != 1)
        {
            throw ApiException.Parameter(FileField, files.Count == 0 ? "缺失，请上传一张图片" : "只能上传一张图片");
        }

        var file = files[0];
        if (file.Length > store.MaxBytes)
        {
            throw ApiException.Business(store.TooLargeMessage);
        }

        StoredImage image;
        await using (var content = file.OpenReadStream())
        {
            image = await store.SaveAsync(content, context.CancellationToken);
        }

        var fileId = await context.Grains.GetGrain<IIdGeneratorGrain>("file").Next();
        var baseUrl = options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : context.Request.Origin;
        return Ok("上传成功", new UploadResult(fileId, baseUrl + image.RelativeUrl, image.RelativeUrl));
    }
}
