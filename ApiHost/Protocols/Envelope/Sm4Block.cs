using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;

namespace ApiHost.Protocols.Envelope;

/// <summary>One SM4 block (GB/T 32907-2016) with BouncyCastle's engine: the primitive under SM4-GCM, exposed so the
/// standard's own test vectors can check it.</summary>
public static class Sm4Block
{
    public const int Size = 16;

    public static byte[] Encrypt(byte[] key, byte[] block) => Run(true, key, block);

    public static byte[] Decrypt(byte[] key, byte[] block) => Run(false, key, block);

    private static byte[] Run(bool encrypt, byte[] key, byte[] block)
    {
        if (key.Length != Size || block.Length != Size)
        {
            throw new ArgumentException("SM4 keys and blocks are 16 bytes.");
        }

        var engine = new SM4Engine();
        engine.Init(encrypt, new KeyParameter(key));
        var output = new byte[Size];
        engine.ProcessBlock(block, 0, output, 0);
        return output;
    }
}
