namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// The separator: Excel's "sep=;" first line when present, otherwise whichever of <c>;</c>, <c>,</c>
/// and tab the header line holds most of (outside quotes). Spanish-locale Excel writes <c>;</c>
/// because <c>,</c> is its decimal mark; header names themselves never contain separators.
/// </summary>
public static class CsvDialect
{
    public static (string Body, char Delimiter) Detect(string text)
    {
        var firstLineEnd = text.IndexOfAny(['\r', '\n']);
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        if (firstLine.Trim().Trim('"').StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
        {
            var declared = firstLine.Trim().Trim('"')[4..];
            var rest = firstLineEnd < 0 ? "" : text[firstLineEnd..].TrimStart('\r').TrimStart('\n');
            return (rest, declared.Length > 0 ? declared[0] : ',');
        }
        return (text, Guess(HeaderLine(text)));
    }

    private static string HeaderLine(string text)
    {
        foreach (var line in text.Split('\n'))
            if (line.Trim().Length > 0) return line;
        return "";
    }

    private static char Guess(string header)
    {
        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && counts.ContainsKey(c)) counts[c]++;
        }
        var best = counts.OrderByDescending(c => c.Value).First();
        return best.Value == 0 ? ',' : best.Key;
    }

    public static string Name(char delimiter) => delimiter switch { '\t' => "tab", _ => delimiter.ToString() };
}
