using System.Net;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Stats;
using PrisonerTracker.Web.Tests.Pages;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Reproducibility;

/// <summary>
/// A figure cited on a day can be reproduced exactly later: with <c>knownAt</c>, pages and API reads
/// count only the facts known then, as they were then (a back-dated fact entered later is left out,
/// a record deleted later is still in), and say how much has changed since.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class KnownAtTests(TrackerApp app) : IAsyncLifetime
{
    private const string AsOf = "2026-01-20";

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PermalinkShowsTheFiguresAsPublishedAfterABackdatedArrestAndADeletion()
    {
        var reader = app.CreateClient();
        var published = await reader.GetJsonAsync($"/api/v1/stats/summary?asOf={AsOf}");
        var page = await reader.GetStringAsync($"/?asOf={AsOf}");
        var permalink = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "href=\"(?<url>[^\"]*)\" data-testid=\"permalink\"").Groups["url"].Value);
        Assert.Contains("knownAt=", permalink);

        app.Clock.Now = app.Clock.Now.AddHours(2);
        await RecordApprovedArrestAsync("Back Dated Person", "2026-01-05");
        var deleted = await DeleteAsync("Rocío San Miguel");
        app.Clock.Now = app.Clock.Now.AddHours(1);

        var now = await reader.GetJsonAsync($"/api/v1/stats/summary?asOf={AsOf}");
        Assert.Equal(Register(published, "held") + 1, Register(now, "held"));
        Assert.Equal(Register(published, "releasedVerified") - 1, Register(now, "releasedVerified"));

        var knownAt = permalink[(permalink.IndexOf("knownAt=", StringComparison.Ordinal) + "knownAt=".Length)..];
        var reproduced = await reader.GetJsonAsync($"/api/v1/stats/summary?asOf={AsOf}&knownAt={knownAt}");
        Assert.Equal(published.GetProperty("register").GetRawText(), reproduced.GetProperty("register").GetRawText());
        Assert.Equal(published.GetProperty("independent").GetRawText(), reproduced.GetProperty("independent").GetRawText());
        Assert.True(reproduced.GetProperty("knowledge").GetProperty("changesSince").GetInt32() >= 2);

        var reproducedPage = await reader.GetStringAsync(permalink);
        Assert.Equal(PageFigures.Value(page, "held"), PageFigures.Value(reproducedPage, "held"));
        Assert.Equal(PageFigures.Value(page, "released-verified"), PageFigures.Value(reproducedPage, "released-verified"));
        Assert.Contains("data-testid=\"known-at\"", reproducedPage);
        Assert.DoesNotContain("data-testid=\"known-at\"", await reader.GetStringAsync($"/?asOf={AsOf}"));

        // The list as known then still names the person deleted since; today's does not.
        var listThen = await reader.GetStringAsync($"/api/v1/detainees?asOf={AsOf}&limit=100&knownAt={knownAt}");
        Assert.Contains(deleted.ToString(), listThen);
        Assert.DoesNotContain(deleted.ToString(), await reader.GetStringAsync($"/api/v1/detainees?asOf={AsOf}&limit=100"));
    }

    [Fact]
    public async Task ReadsAfterReproductionsSeeWhatIsKnownNow()
    {
        // Contexts are pooled between requests: one that read as known at an instant must not lend
        // that instant to the next request. Many reproductions first, so every pooled context has read
        // one; then pages without knownAt (each date its own page, so none comes from the output cache).
        var reader = app.CreateClient();
        var knownAt = Uri.EscapeDataString(KnownAtInput.Format(app.Clock.Now.AddMinutes(-1)));
        for (var day = 10; day < 22; day++)
            Assert.Contains("data-testid=\"record-known-at\"", await reader.GetStringAsync($"/detainees?asOf=2026-01-{day}&knownAt={knownAt}"));

        for (var day = 10; day < 22; day++)
            Assert.DoesNotContain("data-testid=\"record-known-at\"", await reader.GetStringAsync($"/detainees?asOf=2026-01-{day}"));
    }

    [Fact]
    public async Task APersonWithheldSinceIsNeverNamedInAReproduction()
    {
        var knownAt = KnownAtInput.Format(app.Clock.Now);
        var reader = app.CreateClient();
        var person = await IdOfAsync("Javier Tarazona");
        Assert.Contains(person.ToString(), await reader.GetStringAsync($"/api/v1/detainees?limit=100&knownAt={Uri.EscapeDataString(knownAt)}"));

        app.Clock.Now = app.Clock.Now.AddHours(1);
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Family desk");
        var current = await editor.GetAsync($"/api/v1/detainees/{person}");
        var withhold = await editor.PatchMergeAsync($"/api/v1/detainees/{person}", new { withheld = true }, current.Headers.ETag?.Tag);
        Assert.True(withhold.IsSuccessStatusCode, await withhold.Content.ReadAsStringAsync());

        var listThen = await reader.GetStringAsync($"/api/v1/detainees?limit=100&knownAt={Uri.EscapeDataString(knownAt)}");
        Assert.DoesNotContain(person.ToString(), listThen);
        Assert.DoesNotContain("Javier Tarazona", await reader.GetStringAsync($"/?knownAt={Uri.EscapeDataString(knownAt)}"));
    }

    [Fact]
    public async Task RecordPageCitedThenShowsTheRecordAsItWasThen()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Entry desk");
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Review desk");
        var person = await RecordApprovedArrestAsync("Cited Person", "2026-01-06");
        var reader = app.CreateClient();
        var page = await reader.GetStringAsync($"/detainees/{person}");
        var permalink = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "href=\"(?<url>[^\"]*)\" data-testid=\"permalink\"").Groups["url"].Value);
        Assert.Contains("knownAt=", permalink);

        app.Clock.Now = app.Clock.Now.AddHours(1);
        var release = await (await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events",
            new { kind = "ReleasedFull", date = "2026-01-20", confidence = "Verified" })).JsonAsync();
        await reviewer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{release.GetProperty("id").GetGuid()}/review", new { decision = "approve" });

        var then = await reader.GetStringAsync(permalink.StartsWith("http", StringComparison.Ordinal) ? new Uri(permalink).PathAndQuery : permalink);
        var now = await reader.GetStringAsync($"/detainees/{person}");
        Assert.Equal(1, PageHtml.Count(then, "data-testid=\"event\""));
        Assert.Equal(2, PageHtml.Count(now, "data-testid=\"event\""));
        Assert.Contains("data-testid=\"record-known-at\"", then);
        Assert.DoesNotContain("data-testid=\"record-known-at\"", now);
    }

    [Theory]
    [InlineData("/api/v1/stats/summary?knownAt=2027-01-01T00:00:00Z")]
    [InlineData("/api/v1/stats/summary?knownAt=yesterday")]
    [InlineData("/api/v1/stats/timeseries?knownAt=2026-01-13")]
    [InlineData("/api/v1/detainees?knownAt=2027-01-01T00:00:00Z")]
    [InlineData("/api/v1/events?knownAt=2027-01-01T00:00:00Z")]
    [InlineData("/api/v1/announcements?knownAt=2027-01-01T00:00:00Z")]
    [InlineData("/api/v1/facilities?knownAt=2027-01-01T00:00:00Z")]
    public async Task RefusesAKnownAtInTheFutureOrUnreadableNamingTheField(string url)
    {
        var problem = await ProblemAssert.IsProblemAsync(await app.CreateClient().GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Contains("knownAt", ProblemAssert.ErrorFields(problem));
    }

    [Fact]
    public async Task DashboardSaysWhenItCannotUseTheLinksInstant()
    {
        var html = await app.CreateClient().GetStringAsync("/?knownAt=not-an-instant");
        Assert.Contains("data-testid=\"known-at-refused\"", html);
    }

    private static int Register(System.Text.Json.JsonElement summary, string field) => summary.GetProperty("register").GetProperty(field).GetInt32();

    private async Task<Guid> IdOfAsync(string name)
    {
        await using var db = app.CreateDbContext();
        return await db.Detainees.Where(d => d.Name == name).Select(d => d.Id).SingleAsync();
    }

    private async Task<Guid> RecordApprovedArrestAsync(string name, string date)
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Entry desk");
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Review desk");
        var person = (await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name })).JsonAsync()).GetProperty("id").GetGuid();
        var recorded = await (await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events",
            new { kind = "Arrested", date, confidence = "Verified" })).JsonAsync();
        var review = await reviewer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{recorded.GetProperty("id").GetGuid()}/review", new { decision = "approve" });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        return person;
    }

    private async Task<Guid> DeleteAsync(string name)
    {
        var id = await IdOfAsync(name);
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Deletion desk");
        var response = await reviewer.DeleteAsync($"/api/v1/detainees/{id}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return id;
    }
}
