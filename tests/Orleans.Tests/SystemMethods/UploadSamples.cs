namespace Orleans.Tests.SystemMethods;

/// <summary>Small files whose first bytes are those of each format (and of things that are not images).</summary>
public static class UploadSamples
{
    public static byte[] Png => With([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);

    public static byte[] Jpeg => With([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0]);

    public static byte[] Gif87 => With("GIF87a"u8.ToArray());

    public static byte[] Gif89 => With("GIF89a"u8.ToArray());

    public static byte[] WebP => With([.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8]);

    public static byte[] Html => "<html><script>alert(1)</script></html>"u8.ToArray();

    public static byte[] Exe => With([(byte)'M', (byte)'Z', 0x90, 0]);

    /// <summary>"RIFF" of another kind (a WAV file) is not WebP.</summary>
    public static byte[] Wave => With([.. "RIFF"u8, 0x24, 0, 0, 0, .. "WAVEfmt "u8]);

    public static byte[] Sized(byte[] header, int length)
    {
        var bytes = new byte[length];
        header.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] With(byte[] header)
    {
        var bytes = new byte[header.Length + 64];
        header.CopyTo(bytes, 0);
        for (var i = header.Length; i < bytes.Length; i++)
        {
            bytes[i] = (byte)i;
        }

        return bytes;
    }
}
