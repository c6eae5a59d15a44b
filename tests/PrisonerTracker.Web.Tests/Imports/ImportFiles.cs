using System.Net.Http.Headers;
using System.Text;

namespace PrisonerTracker.Web.Tests.Imports;

/// <summary>
/// Spreadsheets as NGOs send them: Spanish Excel's CSV (";", a byte order mark, dd/mm/yyyy, accents,
/// a quoted cell with a line break, a blank line) and the very same rows saved as Windows-1252.
/// </summary>
public static class ImportFiles
{
    public const string AnaNationalId = "V-14.523.678";
    public const string JoseNationalId = "V-9.876.543";

    // Row numbers as Excel shows them: header 1, Ana 2 (one row, two lines), José 3, blank 4, María 5.
    public const string SpanishRows =
        "Nombre;Cédula;Género;Fecha de detención;Centro de reclusión;Estado;Fecha de excarcelación;Condiciones;Fuente\r\n" +
        $"\"Ana Belén Muñoz\";{AnaNationalId};Femenino;15/03/2024;El Helicoide;Excarcelada;14/01/2026;\"Régimen de presentación\r\ncada 30 días\";https://example.org/ana\r\n" +
        $"José Ñáñez;{JoseNationalId};M;23/08/2024;el rodeo i;Detenido;;;\r\n" +
        ";;;;;;;;\r\n" +
        "María Auxiliadora Peña;;F;02/12/2025;;detenida;;;\r\n";

    public static byte[] SpanishExcel(string rows = SpanishRows) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(rows)];

    public static byte[] Windows1252(string rows = SpanishRows)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(rows);
    }

    /// <summary>The Spanish rows with José's arrest date made impossible (month 13).</summary>
    public static byte[] WithBadRow() => SpanishExcel(SpanishRows.Replace("23/08/2024", "23/13/2024"));

    public static ByteArrayContent Csv(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    public static MultipartFormDataContent Form(byte[] bytes, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }
}
