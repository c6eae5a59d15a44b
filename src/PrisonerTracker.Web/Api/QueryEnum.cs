using System.Text;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// An enum value read from the query string. Accepts the kebab-case spelling documented in
/// the OpenAPI schema (<c>released-conditional</c>, <c>-name</c> for a descending sort) and,
/// case-insensitively, the name used in JSON responses (<c>ReleasedConditional</c>).
/// Numbers are refused: <c>?status=7</c> must not bind to an undefined value.
/// </summary>
public readonly record struct QueryEnum<T>(T Value) where T : struct, Enum
{
    public static bool TryParse(string? text, IFormatProvider? provider, out QueryEnum<T> result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var wanted = text.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(QueryNames.Of(value), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                result = new(value);
                return true;
            }
        }
        return false;
    }

    public override string ToString() => QueryNames.Of(Value);
}

public static class QueryNames
{
    /// <summary>Kebab-case name; a member ending in <c>Desc</c> is a descending sort, written <c>-key</c>.</summary>
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return name.EndsWith("Desc", StringComparison.Ordinal) && name.Length > 4
            ? "-" + Kebab(name[..^4])
            : Kebab(name);
    }

    public static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('-');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }

    public static IReadOnlyList<string> All<T>() where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => Of(v))];
}
