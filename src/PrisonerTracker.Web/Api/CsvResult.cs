using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// Streams rows as RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs
/// read accents correctly), one header row named like the JSON fields, every row of the
/// filter, not just one page.
/// </summary>
public sealed class CsvResult<T>(IAsyncEnumerable<T> rows, string fileName) : IResult
{
    private const string IsoInstant = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        // Escape cells that a spreadsheet would run as formulas (=, +, -, @): names are user input.
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
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
            member.Name(JsonNamingPolicy.CamelCase.ConvertName(member.Data.Member!.Name));
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

public static class Csv
{
    /// <summary>True when the caller asked for CSV with <c>?format=csv</c> or <c>Accept: text/csv</c>.</summary>
    public static bool IsRequested(HttpContext context) =>
        string.Equals(context.Request.Query["format"], "csv", StringComparison.OrdinalIgnoreCase)
        || context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));

    public static CsvResult<T> Of<T>(IAsyncEnumerable<T> rows, string fileName) => new(rows, fileName);
}
