using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api.Stats;

[Collection(TrackerAppCollection.Name)]
public sealed class DeletionsTests(TrackerApp app) : IAsyncLifetime
{
    private const string Since = "2026-01-31T00:00:00Z";

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ListsWithheldDetaineeAsRemovedForAnonymousAndStaffAlike()
    {
        var id = await ChangeAsync(async db => (await db.Detainees.FirstAsync(d => d.Name == "Sofía Sahagún")).Withhold());

        foreach (var client in new[] { app.CreateClient(), app.CreateStaffClient() })
        {
            var page = await client.GetJsonAsync($"/api/v1/deletions?since={Since}");
            var item = Assert.Single(page.GetProperty("items").EnumerateArray());
            Assert.Equal("detainee", item.GetProperty("recordType").GetString());
            Assert.Equal(id.ToString(), item.GetProperty("recordId").GetString());
            Assert.Equal("withheld", item.GetProperty("reason").GetString());
            Assert.DoesNotContain("Sahag", page.ToString());
        }
    }

    [Fact]
    public async Task ListsSoftDeletedAnnouncement()
    {
        var id = await ChangeAsync(async db => (await db.Announcements.FirstAsync(a => a.Number.Low == 116)).MarkDeleted(app.Clock.GetUtcNow()));

        var item = Assert.Single((await app.CreateClient().GetJsonAsync($"/api/v1/deletions?since={Since}")).GetProperty("items").EnumerateArray());
        Assert.Equal("announcement", item.GetProperty("recordType").GetString());
        Assert.Equal(id.ToString(), item.GetProperty("recordId").GetString());
        Assert.Equal("deleted", item.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task RecordsNothingWhenAWithheldDetaineeIsEditedOrPublished()
    {
        await ChangeAsync(async db => (await db.Detainees.FirstAsync(d => d.Name == "Jesús Armas")).Withhold());
        await ChangeAsync(async db => (await db.Detainees.FirstAsync(d => d.Name == "Jesús Armas")).Describe(new("Jesús Armas", ["Jesus Armas"], Gender.Male, false, ["VE"], ServiceBranch.Civilian, "Activist and writer")));
        await ChangeAsync(async db =>
        {
            var person = await db.Detainees.FirstAsync(d => d.Name == "Jesús Armas");
            person.RequestPublication("entry", app.Clock.GetUtcNow());
            person.ApprovePublication("review");
        });

        var page = await app.CreateClient().GetJsonAsync($"/api/v1/deletions?since={Since}");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task PagesThroughTheFeedWithCursorAndLinkHeader()
    {
        var names = new[] { "Enrique Márquez", "Javier Tarazona", "Perkins Rocha" };
        foreach (var name in names) await ChangeAsync(async db => (await db.Detainees.FirstAsync(d => d.Name == name)).Withhold());
        var client = app.CreateClient();

        var first = await client.GetAsync($"/api/v1/deletions?since={Since}&limit=2");
        var page = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        var link = Assert.Single(first.Headers.GetValues("Link"));
        Assert.Contains("rel=\"next\"", link);
        var next = await client.GetJsonAsync($"/api/v1/deletions?since={Since}&limit=2&cursor={Uri.EscapeDataString(page.GetProperty("nextCursor").GetString()!)}");
        Assert.Single(next.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, next.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task OmitsRemovalsBeforeSince()
    {
        await ChangeAsync(async db => (await db.Detainees.FirstAsync(d => d.Name == "Miguel Moreno")).Withhold());

        var page = await app.CreateClient().GetJsonAsync("/api/v1/deletions?since=2026-02-01T00:00:00Z");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("", "since")]
    [InlineData("since=last-week", "since")]
    [InlineData("since=2026-01-01T00:00:00Z&limit=501", "limit")]
    [InlineData("since=2026-01-01T00:00:00Z&cursor=bm90LWEtY3Vyc29y", "cursor")]
    public async Task RejectsInvalidQueryNamingTheField(string query, string field)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/deletions?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}");
    }

    /// <summary>Loads, changes and saves through the real unit of work; returns the changed record's id.</summary>
    private async Task<Guid> ChangeAsync(Func<Infrastructure.TrackerDbContext, Task> change)
    {
        await using var db = app.CreateDbContext();
        await change(db);
        var changed = db.ChangeTracker.Entries<Domain.Common.Entity>().Single(e => e.State == EntityState.Modified).Entity.Id;
        await db.SaveChangesAsync();
        return changed;
    }
}
