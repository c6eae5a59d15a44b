using System.Security.Cryptography;
using System.Text;

namespace PrisonerTracker.Infrastructure.Protection;

/// <summary>
/// Encrypts restricted values before they reach the database (AES-256-GCM) and computes the
/// keyed hash that lets the national-ID duplicate check work without the plain value.
/// A stored value reads <c>v1:&lt;key id&gt;:&lt;base64 nonce|tag|ciphertext&gt;</c>: the key id travels
/// with the value, so values under an old key stay readable until <c>rotate-keys</c> rewrites them.
/// </summary>
public sealed class FieldProtector
{
    private const string Version = "v1";
    private const int NonceSize = 12, TagSize = 16;

    private readonly IReadOnlyDictionary<string, byte[]> _keys;
    private readonly byte[] _blindIndexKey;

    public FieldProtector(IReadOnlyDictionary<string, byte[]> keys, string currentKeyId, byte[] blindIndexKey)
    {
        if (!keys.TryGetValue(currentKeyId, out var current))
            throw new EncryptionConfigurationException($"Encryption:CurrentKeyId names '{currentKeyId}', which is not among Encryption:Keys.");
        foreach (var (id, key) in keys)
        {
            if (key.Length != 32) throw new EncryptionConfigurationException($"Encryption key '{id}' must be 32 bytes (base64 of 256 bits).");
            if (id.Length == 0 || id.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_'))
                throw new EncryptionConfigurationException($"Encryption key id '{id}' may hold only letters, digits, '-' and '_'.");
        }
        if (blindIndexKey.Length < 32) throw new EncryptionConfigurationException("Encryption:BlindIndexKey must be at least 32 bytes (base64).");
        _keys = keys;
        _blindIndexKey = blindIndexKey;
        CurrentKeyId = currentKeyId;
        _ = current;
    }

    public string CurrentKeyId { get; }

    /// <summary>True when the stored value was written under another key than the current one, or never encrypted.</summary>
    public bool NeedsRotation(string stored) => KeyIdOf(stored) != CurrentKeyId;

    public string Protect(string plain)
    {
        var key = _keys[CurrentKeyId];
        var plainBytes = Encoding.UTF8.GetBytes(plain);
        var sealedBytes = new byte[NonceSize + TagSize + plainBytes.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plainBytes, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), AssociatedData(CurrentKeyId));
        return $"{Version}:{CurrentKeyId}:{Convert.ToBase64String(sealedBytes)}";
    }

    /// <summary>Decrypts, or throws <see cref="TamperedValueException"/>: a changed, truncated or foreign value never reads as text.</summary>
    public string Unprotect(string stored)
    {
        var parts = stored.Split(':');
        if (parts.Length != 3 || parts[0] != Version)
            throw new TamperedValueException("A restricted value in the database is not in the encrypted format.");
        if (!_keys.TryGetValue(parts[1], out var key))
            throw new TamperedValueException($"A restricted value is encrypted under key '{parts[1]}', which is not configured.");
        byte[] sealedBytes;
        try { sealedBytes = Convert.FromBase64String(parts[2]); }
        catch (FormatException) { throw new TamperedValueException("A restricted value in the database is not valid base64."); }
        if (sealedBytes.Length < NonceSize + TagSize) throw new TamperedValueException("A restricted value in the database is truncated.");
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize),
                plain, AssociatedData(parts[1]));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new TamperedValueException("A restricted value in the database failed its integrity check (altered, or under another key).");
        }
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>
    /// HMAC-SHA256 of the national ID, folded (case, spaces, dashes, dots) so that "V-12.345.678"
    /// and "v12345678" meet. Its own key: knowing the encryption key does not give the index, nor the reverse.
    /// </summary>
    public string BlindIndex(string nationalId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_blindIndexKey, Encoding.UTF8.GetBytes(FoldNationalId(nationalId))));

    public static string FoldNationalId(string value) =>
        new(value.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '.' and not '/').Select(char.ToUpperInvariant).ToArray());

    private static string? KeyIdOf(string stored)
    {
        var parts = stored.Split(':');
        return parts.Length == 3 && parts[0] == Version ? parts[1] : null;
    }

    // The key id is authenticated too: moving a value's label to another key fails the check.
    private static byte[] AssociatedData(string keyId) => Encoding.UTF8.GetBytes($"{Version}:{keyId}");
}
