using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Sources;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>
/// A withheld person counts in every number but is never named; restricted fields never show.
/// The sentinels are the newest approved events, so the feed would show them first if it leaked.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class DashboardPrivacyTests(TrackerApp app) : IAsyncLifetime
{
    private const string WithheldName = "Sentinel Withheld Person";
    private const string PublicName = "Sentinel Public Person";
    private static readonly string[] RestrictedValues = ["SENTINEL-NATIONAL-ID", "SENTINEL-FAMILY", "SENTINEL-HEALTH", "SENTINEL-PRIVATE"];

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FeedNeverShowsAWithheldPersonWhoIsCountedOnlyInTheMonthEndLine()
    {
        var client = app.CreateClient();
        var before = await client.GetStringAsync("/?asOf=2026-01-25");
        var heldBefore = PageFigures.Value(before, "held");
        var releasedBefore = PageFigures.Value(await client.GetStringAsync("/?asOf=2026-01-31"), "released-total");

        await AddSentinelsAsync();

        var held = await client.GetStringAsync("/?asOf=2026-01-25");
        var released = await client.GetStringAsync("/?asOf=2026-01-31");
        var spanish = await client.GetStringAsync("/?asOf=2026-01-31&culture=es");
        // Both sentinels are held on the 25th and released by the 31st: the cards count the named one;
        // the withheld one only in the line counted at the latest month end.
        Assert.Equal(heldBefore + 1, PageFigures.Value(held, "held"));
        Assert.Equal(releasedBefore + 1, PageFigures.Value(released, "released-total"));
        Assert.Contains("data-testid=\"not-named\" data-detained=\"1\" data-released=\"0\"", held);
        Assert.Contains("datetime=\"2025-12-31\"", PageFigures.Section(held, "not-named", "</p>"));
        Assert.Contains("data-testid=\"not-named\" data-detained=\"0\" data-released=\"1\"", released);
        Assert.Contains(PublicName, PageFigures.Section(released, "event-feed", "</section>"));
        foreach (var html in new[] { held, released, spanish })
        {
            Assert.DoesNotContain(WithheldName, html);
            Assert.DoesNotContain("Sentinel Withheld", html);
            Assert.All(RestrictedValues, value => Assert.DoesNotContain(value, html));
        }
    }

    private async Task AddSentinelsAsync()
    {
        await using var db = app.CreateDbContext();
        foreach (var (name, withheld) in new[] { (WithheldName, true), (PublicName, false) })
        {
            var person = new Detainee(new PersonalDetails(name, Nationalities: ["VE"], Gender: Gender.Female));
            person.SetRestrictedDetails(new RestrictedDetails(RestrictedValues[0], RestrictedValues[1], RestrictedValues[2], RestrictedValues[3]));
            if (withheld) person.Withhold();
            Approved(person, EventKind.Arrested, new DateOnly(2025, 12, 1));
            Approved(person, EventKind.ReleasedConditional, new DateOnly(2026, 1, 28));
            db.Detainees.Add(person);
        }
        await db.SaveChangesAsync();
    }

    private void Approved(Detainee person, EventKind kind, DateOnly date)
    {
        var source = new Source("https://example.org/sentinel", null, "Example", date, "en");
        var recorded = person.RecordEvent(kind, new EventDetails(date, Confidence.Confirmed, "editor", Sources: [source]), app.Clock.Now);
        person.ReviewEvent(recorded.Id, "reviewer", approve: true, app.Clock.Now);
    }
}
