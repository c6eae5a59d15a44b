using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>CSV downloads as a journalist saves them: named by resource and date, and a ";" variant for Spanish spreadsheets.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class CsvDownloadTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/api/v1/detainees?asOf=2026-01-13&format=csv", "detainees_2026-01-13.csv")]
    [InlineData("/api/v1/detainees?format=csv", "detainees_2026-01-31.csv")]
    [InlineData("/api/v1/events?to=2026-01-08&format=csv", "events_2026-01-08.csv")]
    [InlineData("/api/v1/announcements?format=csv", "announcements_2026-01-31.csv")]
    [InlineData("/api/v1/facilities?format=csv", "facilities_2026-01-31.csv")]
    [InlineData("/api/v1/organisations?format=csv", "organisations_2026-01-31.csv")]
    [InlineData("/api/v1/stats/timeseries?from=2026-01-05&to=2026-01-22&format=csv", "timeseries_2026-01-22.csv")]
    [InlineData("/api/v1/detainees?asOf=2026-01-13&format=csv-excel", "detainees_2026-01-13_excel.csv")]
    public async Task FileIsNamedAfterTheResourceAndTheDateItDescribes(string url, string fileName)
    {
        var response = await app.CreateClient().GetAsync(url);

        response.EnsureSuccessStatusCode();
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task ExcelVariantSeparatesWithSemicolonsStartsWithAByteOrderMarkAndReadsBackTheSameRows()
    {
        var client = app.CreateClient();
        var plain = await client.GetByteArrayAsync("/api/v1/detainees?asOf=2026-01-13&format=csv");
        var excel = await client.GetByteArrayAsync("/api/v1/detainees?asOf=2026-01-13&format=csv-excel");

        Assert.Equal(Encoding.UTF8.GetPreamble(), excel[..3]);
        var header = Encoding.UTF8.GetString(excel[3..]).Split("\r\n")[0];
        Assert.StartsWith("id;name;nameVariants;gender;", header);
        var fromExcel = Read(excel, ";");
        Assert.Equal(Read(plain, ","), fromExcel);
        Assert.Equal(13, fromExcel.Count);
        var rocio = fromExcel.Single(r => r["name"] == "Rocío San Miguel");
        Assert.Equal(("released-conditional", "female", "VE;ES"), (rocio["status"], rocio["gender"], rocio["nationalities"]));
    }

    private static List<Dictionary<string, string>> Read(byte[] bytes, string separator)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = separator });
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        return rows;
    }
}
