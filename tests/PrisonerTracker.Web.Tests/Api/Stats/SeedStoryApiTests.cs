using System.Text.Json;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api.Stats;

/// <summary>
/// The summary API on the dates of the seed story: independent tallies, the official claim and the
/// register in their own parts, each figure with the body that gave it.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class SeedStoryApiTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private Task<JsonElement> SummaryAsync(string asOf) => app.CreateClient().GetJsonAsync($"/api/v1/stats/summary?asOf={asOf}");

    [Fact]
    public async Task OnTheFifthStillHeldIs806ByForoPenalWithItsBreakdown()
    {
        var independent = (await SummaryAsync("2026-01-05")).GetProperty("independent");

        var held = independent.GetProperty("held");
        Assert.Equal((806, "Foro Penal", "2026-01-05"), (held.GetProperty("low").GetInt32(), held.GetProperty("organisation").GetString(), held.GetProperty("date").GetString()));
        Assert.Equal(["military:175", "women:105", "minors:1"],
            held.GetProperty("breakdown").EnumerateArray().Select(p => $"{p.GetProperty("group").GetString()}:{p.GetProperty("count").GetInt32()}"));
        Assert.StartsWith("http://localhost/announcements/", held.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, independent.GetProperty("releases").ValueKind);
    }

    [Fact]
    public async Task OnTheEighthTheClaimHasNoNumberAndNoDifference()
    {
        var official = (await SummaryAsync("2026-01-08")).GetProperty("official");

        var claim = official.GetProperty("latestClaim");
        Assert.Equal(("Jorge Rodríguez", "none", JsonValueKind.Null), (claim.GetProperty("speaker").GetString(), claim.GetProperty("qualifier").GetString(), claim.GetProperty("low").ValueKind));
        Assert.Contains("a significant number", claim.GetProperty("scope").GetString());
        Assert.Equal(JsonValueKind.Null, official.GetProperty("againstTallies").GetProperty("difference").ValueKind);
    }

    [Fact]
    public async Task OnTheTwelfthTheClaimIs116WithNoTallyInForce()
    {
        var official = (await SummaryAsync("2026-01-12")).GetProperty("official");

        Assert.Equal(116, official.GetProperty("latestClaim").GetProperty("low").GetInt32());
        Assert.Equal(JsonValueKind.Null, official.GetProperty("againstTallies").GetProperty("tallies").ValueKind);
    }

    [Fact]
    public async Task OnTheThirteenthMoreThan400StandsAgainst60To70WithThirteenNamedPeopleInTheRegister()
    {
        var summary = await SummaryAsync("2026-01-13");

        Assert.Equal("more than 400", summary.GetProperty("official").GetProperty("latestClaim").GetProperty("number").GetString());
        var releases = summary.GetProperty("independent").GetProperty("releases");
        Assert.Equal((60, 70), (releases.GetProperty("low").GetProperty("figure").GetInt32(), releases.GetProperty("high").GetProperty("figure").GetInt32()));
        Assert.Equal(13, summary.GetProperty("register").GetProperty("namedPeople").GetInt32());
        Assert.Equal(11, summary.GetProperty("register").GetProperty("held").GetInt32());
    }

    [Fact]
    public async Task OnTheTwentySecondTalliesRunFromTheUnsFiftyToThePlataformasOneHundredSeventy()
    {
        var releases = (await SummaryAsync("2026-01-22")).GetProperty("independent").GetProperty("releases");

        var (low, high) = (releases.GetProperty("low"), releases.GetProperty("high"));
        Assert.Equal((50, "UN Independent International Fact-Finding Mission on Venezuela"), (low.GetProperty("figure").GetInt32(), low.GetProperty("organisation").GetString()));
        Assert.Equal((170, "Plataforma Unitaria Democrática"), (high.GetProperty("figure").GetInt32(), high.GetProperty("organisation").GetString()));
        var bodies = releases.GetProperty("tallies").EnumerateArray().Select(t => t.GetProperty("organisation").GetString()).ToList();
        Assert.Equal(4, bodies.Count);
        Assert.Contains("Caleidoscopio Humano", bodies);
        Assert.All(releases.GetProperty("tallies").EnumerateArray(), t => Assert.Equal("tally", t.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task ThePlataformaIsAPoliticalCoalitionWhoseAnnouncementIsATally()
    {
        var coalitions = await app.CreateClient().GetJsonAsync("/api/v1/organisations?kind=political-coalition");
        var organisation = Assert.Single(coalitions.GetProperty("items").EnumerateArray());
        Assert.Equal("Plataforma Unitaria Democrática", organisation.GetProperty("name").GetString());

        var tallies = await app.CreateClient().GetJsonAsync($"/api/v1/announcements?organisationId={organisation.GetProperty("id").GetString()}");
        Assert.Equal("tally", Assert.Single(tallies.GetProperty("items").EnumerateArray()).GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("UN Fact-Finding Mission")]
    [InlineData("Plataforma Unitaria Democrática")]
    public async Task OnTheTwentySecondNeitherEndOfTheRangeHasAGapBecauseATallyIsNotAClaim(string speaker)
    {
        await using var db = app.CreateDbContext();
        var id = db.Announcements.Where(a => a.Speaker == speaker && a.Date == new DateOnly(2026, 1, 22)).Select(a => a.Id).Single();

        var response = await app.CreateClient().GetAsync($"/api/v1/announcements/{id}/gap");

        Assert.Equal(System.Net.HttpStatusCode.Conflict, response.StatusCode);
    }
}
