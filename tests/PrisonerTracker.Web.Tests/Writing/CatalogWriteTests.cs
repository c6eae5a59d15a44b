using System.Net;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

/// <summary>Facilities, organisations and announcements through the write API.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class CatalogWriteTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FacilityNamedByEventsCannotBeDeletedButAnUnusedOneCanAndIsInTheDeletionsFeed()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer);
        await using var db = app.CreateDbContext();
        var used = await db.Facilities.Where(f => db.Events.Any(e => e.FacilityId == f.Id)).Select(f => f.Id).FirstAsync();
        var created = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/facilities",
            new { name = "Zona 7", kind = "Police", city = "Caracas", latitude = 10.49, longitude = -66.88 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();

        await ProblemAssert.IsProblemAsync(await reviewer.DeleteAsync($"/api/v1/facilities/{used}"), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.DeleteAsync($"/api/v1/facilities/{id}")).StatusCode);

        Assert.True(await db.Facilities.AnyAsync(f => f.Id == used));
        var feed = await app.CreateClient().GetStringAsync("/api/v1/deletions?since=2026-01-01T00:00:00Z");
        Assert.Contains(id.ToString(), feed);
    }

    [Fact]
    public async Task FacilityPatchWithStaleETagChangesNothing()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var created = await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/facilities", new { name = "Zona 7", kind = "Police" })).JsonAsync();
        var url = $"/api/v1/facilities/{created.GetProperty("id").GetGuid()}";
        var etag = created.GetProperty("eTag").GetString();
        Assert.Equal(HttpStatusCode.OK, (await editor.PatchMergeAsync(url, new { isOpen = false }, etag)).StatusCode);

        await ProblemAssert.IsProblemAsync(await editor.PatchMergeAsync(url, new { name = "Renamed" }, etag), HttpStatusCode.PreconditionFailed);

        await using var db = app.CreateDbContext();
        var stored = await db.Facilities.SingleAsync(f => f.Id == created.GetProperty("id").GetGuid());
        Assert.Equal("Zona 7", stored.Name);
        Assert.False(stored.IsOpen);
    }

    [Fact]
    public async Task OrganisationNamesAreUniqueAndCountriesChecked()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        await using var db = app.CreateDbContext();
        var existing = await db.Organisations.Select(o => o.Name).FirstAsync();
        var before = await db.Organisations.CountAsync();

        await ProblemAssert.IsProblemAsync(await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/organisations", new { name = existing, kind = "Ngo" }), HttpStatusCode.Conflict);
        var bad = await ProblemAssert.IsProblemAsync(
            await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/organisations", new { name = "Nueva ONG", kind = "Ngo", country = "XX", website = "ftp://x" }), HttpStatusCode.BadRequest);

        Assert.Equal(["country", "website"], ProblemAssert.ErrorFields(bad).Order());
        Assert.Equal(before, await db.Organisations.CountAsync());
        Assert.Equal(HttpStatusCode.Created, (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/organisations", new { name = "Nueva ONG", kind = "Ngo", country = "ve" })).StatusCode);
    }

    [Fact]
    public async Task OrganisationWithAnnouncementsCannotBeDeleted()
    {
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer);
        await using var db = app.CreateDbContext();
        var speaker = await db.Announcements.Select(a => a.OrganisationId).FirstAsync();
        await ProblemAssert.IsProblemAsync(await reviewer.DeleteAsync($"/api/v1/organisations/{speaker}"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task RecordsAnnouncementWithRangeAndNamedPeople()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        await using var db = app.CreateDbContext();
        var organisation = await db.Organisations.Select(o => o.Id).FirstAsync();
        var person = await db.Detainees.Select(d => d.Id).FirstAsync();

        var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/announcements", new
        {
            speaker = "Vocera", organisationId = organisation, date = "2026-01-20", claim = "Released", numberQualifier = "Range",
            claimedLow = 60, claimedHigh = 70, scope = "political prisoners", quote = "entre 60 y 70", quoteLanguage = "es",
            sources = new[] { new { url = "https://example.org/claim" } }, namedDetaineeIds = new[] { person },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(70, body.GetProperty("claimedHigh").GetInt32());
        Assert.Equal(person, body.GetProperty("namedDetaineeIds")[0].GetGuid());
    }

    [Theory]
    [InlineData("2026-02-10", 60, 70, "date")]
    [InlineData("2026-01-20", 70, 60, "claimedLow")]
    public async Task ReturnsUnprocessableAndStoresNothingGivenBrokenAnnouncementRule(string date, int low, int high, string field)
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        await using var db = app.CreateDbContext();
        var organisation = await db.Organisations.Select(o => o.Id).FirstAsync();
        var before = await db.Announcements.CountAsync();

        var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/announcements", new
        {
            speaker = "Vocera", organisationId = organisation, date, claim = "Released", numberQualifier = "Range",
            claimedLow = low, claimedHigh = high, scope = "political prisoners",
        });

        Assert.Equal([field], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity)));
        Assert.Equal(before, await db.Announcements.CountAsync());
    }

    [Fact]
    public async Task AnnouncementDeleteAppearsInDeletionsFeed()
    {
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer);
        await using var db = app.CreateDbContext();
        var id = await db.Announcements.Select(a => a.Id).FirstAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.DeleteAsync($"/api/v1/announcements/{id}")).StatusCode);

        Assert.Contains(id.ToString(), await app.CreateClient().GetStringAsync("/api/v1/deletions?since=2026-01-01T00:00:00Z"));
    }
}
