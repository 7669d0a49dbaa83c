using System.Globalization;
using System.Security.Cryptography;
using ApiHost.Api;
using Microsoft.Extensions.Options;
using Orleans.Hosting;

namespace ApiHost.Uploads;

/// <summary>Stores uploaded images under "&lt;data directory&gt;/uploads/yyyyMMdd/&lt;32 random hex&gt;.&lt;ext&gt;" (China date).
/// The type comes from the content, the name is random (nothing of the client's file name reaches the disk), and the
/// size is counted while copying, so a lying Content-Length cannot slip a larger file in.</summary>
public sealed class ImageUploadStore(IOptions<UploadOptions> options, IConfiguration configuration, TimeProvider clock)
{
    public const string RequestPath = "/uploads";

    /// <summary>The folder served read-only at <see cref="RequestPath"/>.</summary>
    public string Root { get; } = Path.Combine(Path.GetFullPath(SiloHostingExtensions.DataDirectory(configuration)), "uploads");

    public long MaxBytes => options.Value.MaxImageBytes;

    public string TooLargeMessage => $"图片不能超过 {FormatSize(MaxBytes)}";

    public async Task<StoredImage> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var header = new byte[ImageFormat.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var format = ImageFormat.Detect(header.AsSpan(0, headerLength))
            ?? throw ApiException.Business("只支持上传 JPEG、PNG、GIF、WebP 格式的图片");

        var day = clock.GetUtcNow().ToOffset(ApiTime.Offset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var name = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.{format.Extension}";
        var folder = Path.Combine(Root, day);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        long length = headerLength;
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await file.WriteAsync(header.AsMemory(0, headerLength), cancellationToken);
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (length > MaxBytes)
                {
                    throw ApiException.Business(TooLargeMessage);
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch
        {
            // No half-written or refused file stays behind; the caller sees the original error.
            File.Delete(path);
            throw;
        }

        return new StoredImage($"{RequestPath}/{day}/{name}", path, format, length);
    }

    private static string FormatSize(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB"
        : bytes % 1024 == 0 ? $"{bytes / 1024} KB"
        : $"{bytes} 字节";
}
