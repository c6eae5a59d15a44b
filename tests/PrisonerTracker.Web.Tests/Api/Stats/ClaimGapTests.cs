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
    public async Task SetsMoreThanFourHundredAgainstTheNgoRangeWithTheRegisterApart()
    {
        var gap = await app.CreateClient().GetJsonAsync($"/api/v1/announcements/{await IdOfAsync("2026-01-13", 400)}/gap");

        Assert.Equal("more than 400", gap.GetProperty("claim").GetProperty("number").GetString());
        Assert.Equal("unspecified", gap.GetProperty("claim").GetProperty("window").GetString());
        var tallies = gap.GetProperty("independent").GetProperty("tallies");
        Assert.Equal((60, 70), (tallies.GetProperty("low").GetProperty("figure").GetInt32(), tallies.GetProperty("high").GetProperty("figure").GetInt32()));
        Assert.Equal("Venezuelan human-rights NGOs (joint estimate)", tallies.GetProperty("high").GetProperty("organisation").GetString());
        var difference = gap.GetProperty("independent").GetProperty("difference");
        Assert.Equal((330, 340), (difference.GetProperty("fromHighest").GetInt32(), difference.GetProperty("fromLowest").GetInt32()));

        var register = gap.GetProperty("register");
        Assert.Equal("named cases recorded here", register.GetProperty("label").GetString());
        Assert.Equal(1, register.GetProperty("count").GetInt32());
        Assert.Equal(("2026-01-08", "2026-01-13"), (register.GetProperty("from").GetString(), register.GetProperty("to").GetString()));
        Assert.Equal("since-first-official-release-announcement", register.GetProperty("basis").GetString());
        Assert.False(gap.GetProperty("comparable").GetBoolean());
        var notes = string.Join(" ", gap.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.Contains("no time window", notes);
        Assert.Contains("not political prisoners", notes);
    }

    [Fact]
    public async Task ClaimMadeBeforeAnyIndependentTallyHasNoGapFigure()
    {
        var gap = await app.CreateClient().GetJsonAsync($"/api/v1/announcements/{await IdOfAsync("2026-01-12", 116)}/gap");

        Assert.Equal("116", gap.GetProperty("claim").GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, gap.GetProperty("independent").GetProperty("tallies").ValueKind);
        Assert.Equal(JsonValueKind.Null, gap.GetProperty("independent").GetProperty("difference").ValueKind);
        Assert.Equal(1, gap.GetProperty("register").GetProperty("count").GetInt32());
        Assert.Contains(gap.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("No independent tally"));
    }

    [Fact]
    public async Task ExplainsThatAClaimWithoutNumberHasNothingToCompare()
    {
        var gap = await app.CreateClient().GetJsonAsync($"/api/v1/announcements/{await IdOfAsync("2026-01-08", null, "Jorge")}/gap");

        Assert.Equal(JsonValueKind.Null, gap.GetProperty("independent").GetProperty("difference").ValueKind);
        Assert.Equal("unspecified", gap.GetProperty("claim").GetProperty("number").GetString());
        Assert.Contains(gap.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("no number"));
    }

    [Fact]
    public async Task ClaimAboutAnotherGroupIsNotSetAgainstNationalTallies()
    {
        var gap = await app.CreateClient().GetJsonAsync($"/api/v1/announcements/{await IdOfAsync("2026-01-13", null, "Government")}/gap");

        Assert.True(gap.GetProperty("claim").GetProperty("partial").GetBoolean());
        Assert.Equal(JsonValueKind.Null, gap.GetProperty("independent").GetProperty("tallies").ValueKind);
        Assert.Contains(gap.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("only part"));
    }

    [Theory]
    [InlineData("2026-01-22", 170, "Plataforma")]
    [InlineData("2026-01-22", 50, "UN")]
    [InlineData("2026-01-05", 806, "Foro")]
    public async Task AnIndependentTallyHasNoGapAndTheAnswerNamesItsRole(string date, int low, string speaker)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/announcements/{await IdOfAsync(date, low, speaker)}/gap");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("An independent tally has no claim gap.", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _));
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
