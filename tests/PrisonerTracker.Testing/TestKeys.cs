using System.Security.Cryptography;
using System.Text;
using PrisonerTracker.Infrastructure.Protection;

namespace PrisonerTracker.Testing;

/// <summary>
/// The tests' encryption keys: fixed, derived from labels, never used outside tests. Exported as
/// environment variables too, so that every host and command the tests start reads the same keys.
/// </summary>
public static class TestKeys
{
    public const string CurrentKeyId = "test1";

    public static byte[] Key(string label) => SHA256.HashData(Encoding.UTF8.GetBytes($"PrisonerTracker test key {label}"));

    public static FieldProtector Protector { get; } =
        new(new Dictionary<string, byte[]> { [CurrentKeyId] = Key(CurrentKeyId) }, CurrentKeyId, Key("blind index"));

    /// <summary>Configuration as environment variables (<c>Encryption__…</c>), for hosts and child processes.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [$"Encryption:Keys:{CurrentKeyId}"] = Convert.ToBase64String(Key(CurrentKeyId)),
        ["Encryption:CurrentKeyId"] = CurrentKeyId,
        ["Encryption:BlindIndexKey"] = Convert.ToBase64String(Key("blind index")),
    };

    public static void ExportToEnvironment()
    {
        foreach (var (name, value) in Settings) Environment.SetEnvironmentVariable(name.Replace(":", "__"), value);
    }
}
