using System.Net;
using System.Text.Json;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api.Stats;

[Collection(TrackerAppCollection.Name)]
public sealed class SummaryTests(TrackerApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        await StatsScenario.AddVariedHistoriesAsync(app);
        await StatsScenario.AddWithheldSentinelAsync(app);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("2026-01-07", Confidence.Verified)]
    [InlineData("2026-01-13", Confidence.Verified)]
    [InlineData("2026-01-23", Confidence.Verified)]
    [InlineData("2026-01-13", Confidence.Claimed)]
    [InlineData("2026-01-23", Confidence.Reported)]
    public async Task CountsEqualDomainTallyOfEveryEventGivenDemoDate(string date, Confidence threshold)
    {
        var expected = await StatsScenario.TallyAsync(app, DateOnly.Parse(date), threshold);
        var json = await app.CreateClient().GetJsonAsync($"/api/v1/stats/summary?asOf={date}&minConfidence={threshold.ToString().ToLowerInvariant()}");
        var summary = json.GetProperty("register");

        Assert.Equal(expected.Held, summary.GetProperty("held").GetInt32());
        Assert.Equal(expected.WhereaboutsUnknown, summary.GetProperty("whereaboutsUnknown").GetInt32());
        Assert.Equal(expected.Released, summary.GetProperty("releasedVerified").GetInt32());
        Assert.Equal(expected.ReleasedConditional, summary.GetProperty("releasedConditional").GetInt32());
        Assert.Equal(expected.ReleasedFull, summary.GetProperty("releasedFull").GetInt32());
        Assert.Equal(expected.ReleaseReportedUnverified, summary.GetProperty("releaseReportedUnverified").GetInt32());
        Assert.Equal(expected.Deceased, summary.GetProperty("deceased").GetInt32());
        Assert.Equal(expected.Detained, summary.GetProperty("breakdowns").GetProperty("detained").GetProperty("total").GetInt32());
        Assert.Equal(expected.Released, summary.GetProperty("breakdowns").GetProperty("releasedVerified").GetProperty("total").GetInt32());
        // Released people are held nowhere: their facility dimension is empty.
        Assert.Equal(0, summary.GetProperty("breakdowns").GetProperty("releasedVerified").GetProperty("facility").GetArrayLength());
    }

    [Fact]
    public async Task ShowsTheOfficialClaimAgainstTheIndependentTalliesAndTheRegisterApartOnThirteenthJanuary()
    {
        var summary = await app.CreateClient().GetJsonAsync("/api/v1/stats/summary?asOf=2026-01-13");

        var claim = summary.GetProperty("official").GetProperty("latestClaim");
        Assert.Equal("more than 400", claim.GetProperty("number").GetString());
        Assert.Equal("more-than", claim.GetProperty("qualifier").GetString());
        Assert.Equal((400, JsonValueKind.Null), (claim.GetProperty("low").GetInt32(), claim.GetProperty("high").ValueKind));
        Assert.Equal(("Jorge Rodríguez", "claim"), (claim.GetProperty("speaker").GetString(), claim.GetProperty("role").GetString()));
        Assert.Equal("unspecified", claim.GetProperty("window").GetString());
        var difference = summary.GetProperty("official").GetProperty("againstTallies").GetProperty("difference");
        Assert.Equal((330, 340), (difference.GetProperty("fromHighest").GetInt32(), difference.GetProperty("fromLowest").GetInt32()));

        var releases = summary.GetProperty("independent").GetProperty("releases");
        Assert.Equal((60, 70), (releases.GetProperty("low").GetProperty("figure").GetInt32(), releases.GetProperty("high").GetProperty("figure").GetInt32()));
        Assert.Equal("2026-01-08", releases.GetProperty("countingFrom").GetString());
        var held = summary.GetProperty("independent").GetProperty("held");
        Assert.Equal((902, "Foro Penal"), (held.GetProperty("low").GetInt32(), held.GetProperty("organisation").GetString()));

        // The register's own count stays in its own part: Rocío San Miguel (08-01), the scenario's same-day (11-01) and revolving (09-01) releases.
        var register = summary.GetProperty("register");
        var since = register.GetProperty("releasesVerifiedSince");
        Assert.Equal(("2026-01-08", 3), (since.GetProperty("since").GetString(), since.GetProperty("count").GetInt32()));
        Assert.Equal(13 + 6, register.GetProperty("namedPeople").GetInt32());
    }

    [Fact]
    public async Task CountsNewArrestsSinceFirstOfficialAnnouncementApartFromReportedOnes()
    {
        var summary = await app.CreateClient().GetJsonAsync("/api/v1/stats/summary?asOf=2026-01-23");

        var arrests = summary.GetProperty("register").GetProperty("newArrests");
        Assert.Equal("2026-01-08", arrests.GetProperty("since").GetString());
        // Counted: the same-day re-arrest (11-01), the revolving re-arrest (20-01); the withheld sentinel's (10-01) is in no dated figure.
        Assert.Equal(2, arrests.GetProperty("counted").GetInt32());
        // Reported only: Alfredo Márquez (12-01, confidence Reported).
        Assert.Equal(1, arrests.GetProperty("reported").GetInt32());
    }

    [Fact]
    public async Task CountsWithheldPersonOnlyInTheNotNamedLineAtMonthEnd()
    {
        var midMonth = await app.CreateClient().GetStringAsync("/api/v1/stats/summary?asOf=2026-01-13");
        var named = await StatsScenario.TallyAsync(app, new(2026, 1, 13));

        Assert.DoesNotContain("Zzyzx", midMonth);
        Assert.DoesNotContain("\"Zulia\"", midMonth);
        var summary = JsonDocument.Parse(midMonth).RootElement.GetProperty("register");
        Assert.Equal(named.Held, summary.GetProperty("held").GetInt32());
        // Arrested on 10 January: not yet in the count taken at the end of December.
        var notNamed = summary.GetProperty("notNamed");
        Assert.Equal(("2025-12-31", 0), (notNamed.GetProperty("countedOn").GetString(), notNamed.GetProperty("detained").GetInt32()));

        var monthEnd = (await app.CreateClient().GetJsonAsync("/api/v1/stats/summary?asOf=2026-02-03")).GetProperty("register").GetProperty("notNamed");
        var withheld = await StatsScenario.TallyAsync(app, new(2026, 1, 31), withheld: true);
        Assert.Equal(("2026-01-31", 1), (monthEnd.GetProperty("countedOn").GetString(), monthEnd.GetProperty("detained").GetInt32()));
        Assert.Equal(withheld.Detained, monthEnd.GetProperty("detained").GetInt32());
    }

    [Theory]
    [InlineData("minConfidence=certain", "minConfidence")]
    [InlineData("minConfidence=2", "minConfidence")]
    [InlineData("asOf=2026-01-13&since=2026-01-20", "since")]
    [InlineData("asOf=13%2F01%2F2026", "asOf")]
    public async Task RejectsInvalidQueryNamingTheField(string query, string field)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/stats/summary?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}");
    }
}
