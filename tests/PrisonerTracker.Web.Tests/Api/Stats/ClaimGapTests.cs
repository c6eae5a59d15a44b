using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api.Stats;

[Collection(TrackerAppCollection.Name)]
public sealed class ClaimGapTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SetsOverFourHundredBesideOneVerifiedReleaseAndTheNgoRange()
    {
        var gap = await app.CreateClient().GetJsonAsync($"/api/v1/announcements/{await IdOfAsync("2026-01-13", 400)}/gap");

        Assert.Equal("at least 400", gap.GetProperty("claim").GetProperty("number").GetString());
        Assert.Equal("unspecified", gap.GetProperty("claim").GetProperty("window").GetString());
        var verified = gap.GetProperty("verified");
        Assert.Equal(1, verified.GetProperty("count").GetInt32());
        Assert.Equal("2026-01-08", verified.GetProperty("from").GetString());
        Assert.Equal("2026-01-13", verified.GetProperty("to").GetString());
        Assert.Equal("sinceFirstOfficialReleaseAnnouncement", verified.GetProperty("basis").GetString());
        Assert.Equal(399, gap.GetProperty("difference").GetInt32());
        Assert.False(gap.GetProperty("comparable").GetBoolean());

        var tally = Assert.Single(gap.GetProperty("ngoTallies").EnumerateArray());
        Assert.Equal("60–70", tally.GetProperty("tally").GetProperty("number").GetString());
        Assert.Equal("2026-01-08 to 2026-01-13", tally.GetProperty("tally").GetProperty("window").GetString());
        Assert.False(tally.GetProperty("sameWindow").GetBoolean());
        var notes = string.Join(" ", gap.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.Contains("no time window", notes);
        Assert.Contains("not political prisoners", notes);
    }

    [Fact]
    public async Task UsesTheClaimedWindowAndListsEveryTallyInForceOnce()
    {
        var gap = await app.CreateClient().GetJsonAsync($"/api/v1/announcements/{await IdOfAsync("2026-01-22", 170, "Plataforma")}/gap");

        Assert.Equal("claimWindow", gap.GetProperty("verified").GetProperty("basis").GetString());
        Assert.Equal(169, gap.GetProperty("difference").GetInt32());
        Assert.True(gap.GetProperty("comparable").GetBoolean());
        var organisations = gap.GetProperty("ngoTallies").EnumerateArray().Select(t => t.GetProperty("tally").GetProperty("organisation").GetString()).ToList();
        // The joint NGO estimate (130–150 on 15 January, replacing its 60–70), Caleidoscopio and the UN; not the Plataforma itself.
        Assert.Equal(3, organisations.Count);
        Assert.Equal(organisations.Count, organisations.Distinct().Count());
        Assert.DoesNotContain("Plataforma Unitaria Democrática", organisations);
    }

    [Fact]
    public async Task ExplainsThatAClaimWithoutNumberCannotBeSubtracted()
    {
        var gap = await app.CreateClient().GetJsonAsync($"/api/v1/announcements/{await IdOfAsync("2026-01-08", null, "Jorge")}/gap");

        Assert.Equal(JsonValueKind.Null, gap.GetProperty("difference").ValueKind);
        Assert.Equal("unspecified", gap.GetProperty("claim").GetProperty("number").GetString());
        Assert.Contains(gap.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("no number"));
    }

    [Theory]
    [InlineData("0195f0a0-0000-7000-8000-000000000000")]
    [InlineData("not-an-id")]
    public async Task ReturnsNotFoundProblemGivenUnknownId(string id)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/announcements/{id}/gap");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Announcement not found.", problem.GetProperty("title").GetString());
    }

    private async Task<Guid> IdOfAsync(string date, int? low, string? speaker = null)
    {
        await using var db = app.CreateDbContext();
        var day = DateOnly.Parse(date);
        var all = await db.Announcements.Where(a => a.Date == day).ToListAsync();
        return all.Single(a => a.Number.Low == low && (speaker is null || a.Speaker.StartsWith(speaker))).Id;
    }
}
