using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// Streams rows as RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs
/// read accents correctly), one header row named like the JSON fields, every row of the
/// filter, not just one page. <paramref name="separator"/> is "," or, for spreadsheets set
/// to a language whose decimal mark is the comma (Spanish), ";".
/// </summary>
public sealed class CsvResult<T>(IAsyncEnumerable<T> rows, string fileName, string separator = ",") : IResult
{
    private const string IsoInstant = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        // Escape cells that a spreadsheet would run as formulas (=, +, -, @): names are user input.
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape, Delimiter = separator });
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly>().Formats = ["yyyy-MM-dd"];
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly?>().Formats = ["yyyy-MM-dd"];
        // As the JSON writes them: ISO 8601 with only the fraction digits that are needed, and true/false.
        csv.Context.TypeConverterOptionsCache.GetOptions<DateTimeOffset>().Formats = [IsoInstant];
        csv.Context.TypeConverterOptionsCache.GetOptions<DateTimeOffset?>().Formats = [IsoInstant];
        csv.Context.TypeConverterCache.AddConverter<bool>(new LowerCaseBoolean());
        csv.Context.TypeConverterCache.AddConverter<bool?>(new LowerCaseBoolean());
        // Column names as in the JSON (camelCase), so one name means one thing in both formats.
        var map = csv.Context.AutoMap<T>();
        foreach (var member in map.MemberMaps.Where(m => m.Data.Member is not null))
        {
            member.Name(JsonNamingPolicy.CamelCase.ConvertName(member.Data.Member!.Name));
            // Enum values as in the JSON and the query strings: kebab-case.
            if ((Nullable.GetUnderlyingType(member.Data.Type) ?? member.Data.Type).IsEnum) member.TypeConverter(new KebabEnum());
        }
        csv.Context.RegisterClassMap(map);
        csv.WriteHeader<T>();
        await csv.NextRecordAsync();
        var written = 0;
        await foreach (var row in rows.WithCancellation(context.RequestAborted))
        {
            csv.WriteRecord(row);
            await csv.NextRecordAsync();
            if (++written % 500 == 0) await writer.FlushAsync(context.RequestAborted);
        }
    }
}

/// <summary>true/false, as in JSON (CsvHelper would write True/False).</summary>
internal sealed class LowerCaseBoolean : CsvHelper.TypeConversion.DefaultTypeConverter
{
    public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
        value is bool b ? (b ? "true" : "false") : "";
}

/// <summary>An enum as the API spells it everywhere: <c>released-conditional</c>.</summary>
internal sealed class KebabEnum : CsvHelper.TypeConversion.DefaultTypeConverter
{
    public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
        value is Enum e ? QueryNames.Kebab(e.ToString()) : "";
}

public static class Csv
{
    /// <summary>True when the caller asked for CSV with <c>?format=csv</c>, <c>?format=csv-excel</c> or <c>Accept: text/csv</c>.</summary>
    public static bool IsRequested(HttpContext context) =>
        Format(context) is ResponseFormat.Csv or ResponseFormat.CsvExcel
        || context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The rows as a file named after the resource and the date its figures describe
    /// (<c>detainees_2026-01-13.csv</c>), so downloads on different days do not overwrite each other
    /// and a saved file says what it is; <c>?format=csv-excel</c> separates with ";" (<c>…_excel.csv</c>).
    /// </summary>
    public static CsvResult<T> Of<T>(HttpContext context, IAsyncEnumerable<T> rows, string resource, DateOnly? asOf)
    {
        var date = asOf ?? DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var excel = Format(context) == ResponseFormat.CsvExcel;
        var name = $"{resource}_{date.ToString(ValueFormats.Date, CultureInfo.InvariantCulture)}{(excel ? "_excel" : "")}.csv";
        return new(rows, name, excel ? ";" : ",");
    }

    private static ResponseFormat? Format(HttpContext context) =>
        QueryEnum<ResponseFormat>.TryParse(context.Request.Query["format"], null, out var format) ? format.Value : null;
}
