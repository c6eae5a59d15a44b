using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace PrisonerTracker.Web.Features.ApiKeys;

/// <summary>
/// The key format <c>pt_&lt;prefix&gt;_&lt;secret&gt;</c>: an 8-character hex prefix (public,
/// for display and lookup) and 32 random bytes in base64url. Only the SHA-256 of the whole
/// key is stored.
/// </summary>
public static class ApiKeySecret
{
    private const string Marker = "pt_";
    private const int PrefixLength = 8;

    public static (string Prefix, string Key) Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (prefix, $"{Marker}{prefix}_{secret}");
    }

    public static bool TryGetPrefix(string presented, out string prefix)
    {
        prefix = "";
        if (presented.Length < Marker.Length + PrefixLength + 2 || !presented.StartsWith(Marker, StringComparison.Ordinal)
            || presented[Marker.Length + PrefixLength] != '_') return false;
        prefix = presented.Substring(Marker.Length, PrefixLength);
        return prefix.All(char.IsAsciiHexDigitLower);
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string presented, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(presented), storedHash);
}
