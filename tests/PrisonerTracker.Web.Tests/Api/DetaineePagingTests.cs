using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

[Collection(TrackerAppCollection.Name)]
public sealed class DetaineePagingTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("name")]
    [InlineData("-name")]
    [InlineData("updated")]
    [InlineData("-updated")]
    public async Task CursorReturnsEveryRowOnceWhileRowsAreInserted(string sort)
    {
        var client = app.CreateClient();
        var before = (await client.GetJsonAsync("/api/v1/detainees?limit=500")).Names();
        var seen = new List<string>();
        string? url = $"/api/v1/detainees?limit=3&sort={sort}";
        var inserted = 0;
        while (url is not null)
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            seen.AddRange(page.Names());
            var next = page.GetProperty("nextCursor").GetString();
            // The Link header and nextCursor agree; the link keeps the other parameters.
            url = response.Headers.TryGetValues("Link", out var links) ? links.Single() : null;
            Assert.Equal(next is null, url is null);
            if (url is not null)
            {
                Assert.EndsWith("; rel=\"next\"", url);
                Assert.Contains($"sort={Uri.EscapeDataString(sort)}", url);
                url = url[1..url.IndexOf('>')];
            }
            // Someone enters people between two page requests: names sorting first, last and in between.
            await app.AddAsync($"{(char)('A' + inserted % 26)} Inserted {inserted}");
            await app.AddAsync($"Zz Inserted {inserted}");
            inserted++;
        }
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(before.Except(seen));
        Assert.True(inserted >= 5);
    }

    [Fact]
    public async Task CsvHasTheSameRowsAsJson()
    {
        var client = app.CreateClient();
        var json = await client.GetJsonAsync("/api/v1/detainees?nationality=VE&limit=2&includeTotal=true");
        var response = await client.GetAsync("/api/v1/detainees?nationality=VE&limit=2&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(1, text.Split('\n').Count(l => l.StartsWith("id,name,", StringComparison.Ordinal)));

        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(json.GetProperty("total").GetInt32(), rows.Count);
        var all = await client.GetJsonAsync("/api/v1/detainees?nationality=VE&limit=500");
        Assert.Equal(all.Names(), rows.Select(r => (string)r["name"]));
        Assert.Equal(
            all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()),
            rows.Select(r => (string)r["url"]));
        // Values are written as in the JSON: true/false, timestamps in the same ISO 8601 form.
        var first = all.GetProperty("items")[0];
        Assert.Equal(first.GetProperty("updatedAt").GetString(), rows[0]["updatedAt"]);
        Assert.Equal(first.GetProperty("minorAtArrest").GetBoolean() ? "true" : "false", rows[0]["minorAtArrest"]);
        var rocio = rows.Single(r => (string)r["name"] == "Rocío San Miguel");
        Assert.Equal("VE;ES", rocio["nationalities"]);
        Assert.Equal("released-conditional", rocio["status"]);
        // Every column is named like the JSON field it mirrors; a nested object's fields are
        // flattened under its name (currentFacility.id → currentFacilityId).
        var fields = all.GetProperty("items")[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(rows[0].Keys, column => Assert.True(
            fields.Contains(column) || fields.Any(f => column.Length > f.Length && column.StartsWith(f) && char.IsUpper(column[f.Length])),
            $"CSV column {column} is not a JSON field"));
    }

    [Fact]
    public async Task AcceptHeaderAsksForCsv()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/detainees?status=released");
        request.Headers.Accept.ParseAdd("text/csv");
        var response = await app.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Rocío San Miguel", text);
        Assert.Equal(2, text.Trim().Split('\n').Length);
    }
}
