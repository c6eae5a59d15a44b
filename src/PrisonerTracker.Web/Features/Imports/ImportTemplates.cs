using System.Text;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// Downloadable starting points: every column with its header in the chosen language and one example
/// row. The Spanish template is written as Spanish-locale Excel saves CSV (";" and dd/mm/yyyy), the
/// English one with "," and ISO dates; both UTF-8 with the byte order mark, so Excel shows accents.
/// </summary>
public static class ImportTemplates
{
    private static readonly Dictionary<(ImportKind, bool), string[]> Examples = new()
    {
        [(ImportKind.Detainees, true)] = ["Ana Pérez", "V-12.345.678", "Femenino", "No", "VE", "Civil", "Periodista", "Zulia", "DGCIM",
            "Terrorismo", "", "08/01/2026", "El Helicoide", "Excarcelada", "14/01/2026", "Régimen de presentación", "Verificado", "https://example.org/nota", ""],
        [(ImportKind.Detainees, false)] = ["Ana Pérez", "V-12.345.678", "Female", "No", "VE", "Civilian", "Journalist", "Zulia", "DGCIM",
            "Terrorism", "", "2026-01-08", "El Helicoide", "Released", "2026-01-14", "Reporting to court every 30 days", "Verified", "https://example.org/story", ""],
        [(ImportKind.Events, true)] = ["", "Ana Pérez", "V-12.345.678", "Traslado", "10/01/2026", "Verificado", "El Rodeo I", "https://example.org/nota", "", ""],
        [(ImportKind.Events, false)] = ["", "Ana Pérez", "V-12.345.678", "Transferred", "2026-01-10", "Verified", "El Rodeo I", "https://example.org/story", "", ""],
    };

    public static string FileName(ImportKind kind, bool spanish) =>
        (kind, spanish) switch
        {
            (ImportKind.Detainees, true) => "plantilla-personas.csv",
            (ImportKind.Events, true) => "plantilla-eventos.csv",
            _ => $"template-{kind.ToString().ToLowerInvariant()}.csv",
        };

    public static byte[] Build(ImportKind kind, bool spanish)
    {
        var separator = spanish ? ";" : ",";
        var headers = ImportColumns.For(kind).Select(c => spanish ? c.Spanish : c.English);
        var text = new StringBuilder()
            .Append(string.Join(separator, headers.Select(Quote))).Append("\r\n")
            .Append(string.Join(separator, Examples[(kind, spanish)].Select(Quote))).Append("\r\n");
        return CsvText.EncodeForExcel(text.ToString());
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
