using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>
/// The people an announcement named: their <c>status</c> is typed from the database to the page, and
/// still written (and documented) as the kebab-case text the detainee list uses.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class NamedDetaineeJsonTests(TrackerApp app) : IAsyncLifetime
{
    private static readonly string[] Statuses = ["not-held", "held", "released-conditional", "released-full", "whereabouts-unknown", "deceased"];

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task StatusIsWrittenAsTheDetaineeListWritesIt()
    {
        await using var db = app.CreateDbContext();
        var id = await db.Announcements.Where(a => a.Speaker.StartsWith("Guacamaya")).Select(a => a.Id).SingleAsync();
        var client = app.CreateClient();
        var named = (await client.GetJsonAsync($"/api/v1/announcements/{id}")).GetProperty("namedDetainees").EnumerateArray().ToList();
        var list = (await client.GetJsonAsync("/api/v1/detainees?limit=500")).GetProperty("items").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!);

        Assert.Equal(8, named.Count);
        foreach (var person in named)
        {
            var listed = list[person.GetProperty("id").GetString()!];
            Assert.Equal(listed.GetProperty("status").GetString(), person.GetProperty("status").GetString());
            Assert.Equal(listed.GetProperty("statusSince").ToString(), person.GetProperty("statusSince").ToString());
            Assert.Equal(listed.GetProperty("statusSincePrecision").ToString(), person.GetProperty("statusSincePrecision").ToString());
            Assert.Equal(listed.GetProperty("statusSinceApproximate").GetBoolean(), person.GetProperty("statusSinceApproximate").GetBoolean());
            Assert.Equal(listed.GetProperty("reportedUnverified").ToString(), person.GetProperty("reportedUnverified").ToString());
        }
        Assert.Equal("released-conditional", named.Single(n => n.GetProperty("name").GetString() == "Rocío San Miguel").GetProperty("status").GetString());
    }

    [Fact]
    public async Task DocumentListsTheStatusValuesInKebabCase()
    {
        var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        var status = schemas.GetProperty("NamedDetainee").GetProperty("properties").GetProperty("status");

        Assert.Equal("#/components/schemas/DetaineeStatus", status.GetProperty("allOf")[0].GetProperty("$ref").GetString());
        Assert.Equal(Statuses, schemas.GetProperty("DetaineeStatus").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!));
    }
}
