namespace ApiHost.Uploads;

/// <summary>Image uploads, bound from the "Uploads" configuration section.</summary>
public sealed class UploadOptions
{
    /// <summary>Largest image accepted. Default 5 MB. The multipart body limit (Yaf:MaxMultipartBytes, 8 MB) bounds it
    /// from above: a larger body is refused with HTTP 413 before this check.</summary>
    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Base of the absolute image URLs (e.g. a CDN, "https://files.example.com"). Default empty: the
    /// request's own scheme and host.</summary>
    public string PublicBaseUrl { get; set; } = string.Empty;
}
