using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace ApiHost.Protocols.Envelope;

/// <summary>Encrypts and decrypts msgContent: base64 of nonce (12 bytes) || ciphertext || tag (16 bytes), with the
/// TradeSerialNo as associated data so a ciphertext cannot be moved to another request. AES-256-GCM comes with .NET;
/// SM4-GCM is BouncyCastle's GCM over its SM4 engine.</summary>
public static class EnvelopeCipher
{
    public const int NonceSize = 12;
    public const int TagSize = 16;

    public static int KeySize(EnvelopeCipherKind kind) => kind == EnvelopeCipherKind.Aes256Gcm ? 32 : 16;

    public static string Encrypt(EnvelopeCipherKind kind, byte[] key, byte[] plaintext, byte[] associatedData)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var (ciphertext, tag) = Seal(kind, key, nonce, plaintext, associatedData);
        return Convert.ToBase64String([.. nonce, .. ciphertext, .. tag]);
    }

    /// <summary>The plaintext, or null when the content is not base64, too short, or fails authentication.</summary>
    public static byte[]? Decrypt(EnvelopeCipherKind kind, byte[] key, string content, byte[] associatedData)
    {
        byte[] raw;
        try
        {
            raw = Convert.FromBase64String(content);
        }
        catch (FormatException)
        {
            return null;
        }

        if (raw.Length < NonceSize + TagSize)
        {
            return null;
        }

        var nonce = raw[..NonceSize];
        var ciphertext = raw[NonceSize..^TagSize];
        var tag = raw[^TagSize..];
        return Open(kind, key, nonce, ciphertext, tag, associatedData);
    }

    /// <summary>GCM with a given nonce, for the published test vectors; messages use <see cref="Encrypt"/>.</summary>
    public static (byte[] Ciphertext, byte[] Tag) Seal(EnvelopeCipherKind kind, byte[] key, byte[] nonce, byte[] plaintext, byte[] associatedData)
    {
        CheckKey(kind, key);
        if (kind == EnvelopeCipherKind.Aes256Gcm)
        {
            using var aes = new AesGcm(key, TagSize);
            var ciphertext = new byte[plaintext.Length];
            var tag = new byte[TagSize];
            aes.Encrypt(nonce, plaintext, ciphertext, tag, associatedData);
            return (ciphertext, tag);
        }

        var gcm = Sm4Gcm(true, key, nonce, associatedData);
        var output = new byte[gcm.GetOutputSize(plaintext.Length)];
        var length = gcm.ProcessBytes(plaintext, 0, plaintext.Length, output, 0);
        length += gcm.DoFinal(output, length);
        return (output[..(length - TagSize)], output[(length - TagSize)..length]);
    }

    /// <summary>The plaintext, or null when authentication fails.</summary>
    public static byte[]? Open(EnvelopeCipherKind kind, byte[] key, byte[] nonce, byte[] ciphertext, byte[] tag, byte[] associatedData)
    {
        CheckKey(kind, key);
        if (kind == EnvelopeCipherKind.Aes256Gcm)
        {
            using var aes = new AesGcm(key, TagSize);
            var plaintext = new byte[ciphertext.Length];
            try
            {
                aes.Decrypt(nonce, ciphertext, tag, plaintext, associatedData);
            }
            catch (AuthenticationTagMismatchException)
            {
                return null;
            }

            return plaintext;
        }

        var gcm = Sm4Gcm(false, key, nonce, associatedData);
        byte[] input = [.. ciphertext, .. tag];
        var output = new byte[gcm.GetOutputSize(input.Length)];
        try
        {
            var length = gcm.ProcessBytes(input, 0, input.Length, output, 0);
            length += gcm.DoFinal(output, length);
            return output[..length];
        }
        catch (InvalidCipherTextException)
        {
            return null;
        }
    }

    private static GcmBlockCipher Sm4Gcm(bool encrypt, byte[] key, byte[] nonce, byte[] associatedData)
    {
        var gcm = new GcmBlockCipher(new SM4Engine());
        gcm.Init(encrypt, new AeadParameters(new KeyParameter(key), TagSize * 8, nonce, associatedData));
        return gcm;
    }

    private static void CheckKey(EnvelopeCipherKind kind, byte[] key)
    {
        if (key.Length != KeySize(kind))
        {
            throw new ArgumentException($"{kind} needs a {KeySize(kind)}-byte key.");
        }
    }
}
