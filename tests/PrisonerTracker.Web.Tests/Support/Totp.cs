using System.Buffers.Binary;
using System.Security.Cryptography;

namespace PrisonerTracker.Web.Tests.Support;

/// <summary>
/// An authenticator app in a few lines (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), so tests
/// compute codes from the shared key the page shows, as the user's phone would.
/// </summary>
public static class Totp
{
    public static string Code(string sharedKey, DateTimeOffset now)
    {
        var key = Base32(sharedKey.Replace(" ", "").ToUpperInvariant());
        Span<byte> step = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(step, now.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(key, step);
        var offset = hash[^1] & 0xf;
        var value = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff;
        return (value % 1_000_000).ToString("D6");
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        return [.. bytes];
    }
}
