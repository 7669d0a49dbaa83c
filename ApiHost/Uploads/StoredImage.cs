namespace ApiHost.Uploads;

/// <summary>An image written under the uploads folder: its URL path ("/uploads/20260102/&lt;32 hex&gt;.png"), its file
/// on disk and its detected format.</summary>
public sealed record StoredImage(string RelativeUrl, string FullPath, ImageFormat Format, long Length);
