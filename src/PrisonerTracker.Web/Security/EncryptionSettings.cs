using PrisonerTracker.Infrastructure.Protection;

namespace PrisonerTracker.Web.Security;

/// <summary>
/// Reads the keys from configuration (<c>Encryption:Keys:&lt;id&gt;</c> base64, <c>Encryption:CurrentKeyId</c>,
/// <c>Encryption:BlindIndexKey</c>), that is from environment variables or a secrets store, never from the database.
/// </summary>
public static class EncryptionSettings
{
    public const string Section = "Encryption";

    /// <summary>
    /// The protector for the app: the configured keys, or in Development only a fixed, public
    /// development key (so <c>dotnet run</c> works on a fresh clone). Anywhere else, no key means no start.
    /// </summary>
    public static FieldProtector ForHost(IConfiguration configuration, IHostEnvironment environment)
    {
        if (FromConfiguration(configuration) is { } configured) return configured;
        if (!environment.IsDevelopment())
            throw new EncryptionConfigurationException(
                "No encryption key is configured. Set Encryption__Keys__<id> (base64, 32 bytes), Encryption__CurrentKeyId and Encryption__BlindIndexKey.");
        var key = System.Security.Cryptography.SHA256.HashData("PrisonerTracker development key, not secret"u8);
        return new FieldProtector(new Dictionary<string, byte[]> { ["dev"] = key }, "dev",
            System.Security.Cryptography.SHA256.HashData("PrisonerTracker development blind index key, not secret"u8));
    }

    /// <summary>The protector, or null when no key is configured at all.</summary>
    public static FieldProtector? FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var keys = section.GetSection("Keys").GetChildren()
            .Where(k => !string.IsNullOrWhiteSpace(k.Value))
            .ToDictionary(k => k.Key, k => Decode(k.Value!, $"Encryption:Keys:{k.Key}"));
        var current = section["CurrentKeyId"];
        var blind = section["BlindIndexKey"];
        if (keys.Count == 0 && current is null && blind is null) return null;
        if (current is null) throw new EncryptionConfigurationException("Set Encryption:CurrentKeyId to the id of one of Encryption:Keys.");
        if (blind is null) throw new EncryptionConfigurationException("Set Encryption:BlindIndexKey (base64, 32 bytes).");
        return new FieldProtector(keys, current, Decode(blind, "Encryption:BlindIndexKey"));
    }

    private static byte[] Decode(string value, string name)
    {
        try { return Convert.FromBase64String(value); }
        catch (FormatException) { throw new EncryptionConfigurationException($"{name} is not valid base64."); }
    }
}
