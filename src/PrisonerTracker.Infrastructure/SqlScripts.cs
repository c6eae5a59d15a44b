using System.Reflection;

namespace PrisonerTracker.Infrastructure;

/// <summary>
/// The SQL files under <c>Sql/</c>: each rule the database runs lives in one file (not copied into
/// migrations), embedded in this assembly. A migration that changes a rule runs its file again;
/// <see cref="All"/> lists them in the order they depend on each other.
/// </summary>
public static class SqlScripts
{
    public static IReadOnlyList<string> All { get; } =
        [.. typeof(SqlScripts).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Sql/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n["Sql/".Length..])
            .Order(StringComparer.Ordinal)];

    public static string Read(string fileName)
    {
        using var stream = typeof(SqlScripts).Assembly.GetManifestResourceStream("Sql/" + fileName)
            ?? throw new InvalidOperationException($"No SQL file {fileName} is embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
