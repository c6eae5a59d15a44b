using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>One data row: its spreadsheet row number (the header is row 1) and its values by column key.</summary>
public sealed record ImportLine(int Row, IReadOnlyDictionary<string, string> Values, bool Malformed)
{
    public string? this[ImportColumn column] => Values.TryGetValue(column.Key, out var v) && v.Length > 0 ? v : null;
}

/// <summary>The file read into rows with CsvHelper: quoted fields (line breaks inside them too), blank lines skipped.</summary>
public sealed record ImportTable(
    string Encoding, char Delimiter, bool SpanishHeaders, IReadOnlyDictionary<string, string> Headers,
    IReadOnlyList<string> IgnoredHeaders, IReadOnlyList<ImportLine> Lines)
{
    public const int MaxRows = 50_000;

    /// <exception cref="ImportFileException">The file cannot be read as a table of this kind.</exception>
    public static ImportTable Read(ReadOnlySpan<byte> bytes, ImportKind kind)
    {
        var (text, encoding) = CsvText.Decode(bytes);
        var (body, delimiter) = CsvDialect.Detect(text);
        var malformed = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = true,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => malformed.Add(args.Context.Parser!.Row),
        };
        using var csv = new CsvReader(new StringReader(body), config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            throw new ImportFileException("file", "The file is empty: the first line must name the columns.");

        var keys = new string?[header.Length];
        var headers = new Dictionary<string, string>();
        var ignored = new List<string>();
        var spanish = 0;
        for (var i = 0; i < header.Length; i++)
        {
            if (ImportColumns.Recognise(kind, header[i]) is not { } found) { if (header[i].Trim().Length > 0) ignored.Add(header[i].Trim()); continue; }
            if (!headers.TryAdd(found.Column.Key, header[i].Trim()))
                throw new ImportFileException("file", $"Two columns mean '{found.Column.English}': '{headers[found.Column.Key]}' and '{header[i].Trim()}'.");
            keys[i] = found.Column.Key;
            spanish += found.Spanish switch { true => 1, false => -1, null => 0 };
        }
        if (headers.Count == 0)
            throw new ImportFileException("file", "No column was recognised. Start from a template (/workspace/import/template).");

        var lines = new List<ImportLine>();
        while (csv.Read())
        {
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace)) continue; // Excel writes empty rows as ";;;;"
            if (lines.Count == MaxRows) throw new ImportFileException("file", $"The file has more than {MaxRows:N0} rows; split it.");
            var values = new Dictionary<string, string>();
            for (var i = 0; i < record.Length && i < keys.Length; i++)
                if (keys[i] is { } key) values[key] = record[i].Trim();
            var row = csv.Parser.Row;
            lines.Add(new ImportLine(row, values, malformed.Contains(row) || record.Skip(header.Length).Any(v => !string.IsNullOrWhiteSpace(v))));
        }
        return new ImportTable(encoding, delimiter, spanish > 0, headers, ignored, lines);
    }

    /// <summary>The header the file used for a column (for messages), else its template name.</summary>
    public string HeaderOf(ImportColumn column) =>
        Headers.TryGetValue(column.Key, out var h) ? h : SpanishHeaders ? column.Spanish : column.English;
}

/// <summary>The file as a whole cannot be imported (no header, too many rows, ambiguous dates); names the parameter or part at fault.</summary>
public sealed class ImportFileException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
