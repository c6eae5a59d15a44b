using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Sources;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>A reader can find every cited source again: a link when it has an address, else the document, who published it and when.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class SourceCitationTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DocumentSourceInTheFeedShowsItsNamePublisherAndDate()
    {
        var feed = PageFigures.Section(await app.CreateClient().GetStringAsync("/?asOf=2026-01-10"), "event-feed", "</section>");

        Assert.Matches("<cite>seeds/\\d{3}_[0-9a-f]+\\.txt</cite><span class=\"publisher\"> — [^<]+</span><span>, <time datetime=\"2026-01-\\d\\d\">", feed);
    }

    [Fact]
    public async Task SourceWithAnAddressIsALinkInTheFeedAndOnThePersonsPage()
    {
        await using (var db = app.CreateDbContext())
        {
            var person = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Name == "Perkins Rocha");
            var source = new Source("https://example.org/rocha-freed", null, "Example Press", new DateOnly(2026, 1, 9), "en");
            var recorded = person.RecordEvent(EventKind.ReleasedConditional,
                new EventDetails(new DateOnly(2026, 1, 9), Confidence.Confirmed, "editor", Sources: [source]), app.Clock.Now);
            person.ReviewEvent(recorded.Id, "reviewer", approve: true, app.Clock.Now);
            await db.SaveChangesAsync();
        }

        var client = app.CreateClient();
        var feed = PageFigures.Section(await client.GetStringAsync("/?asOf=2026-01-10"), "event-feed", "</section>");
        var page = await client.GetStringAsync($"/detainees/{await app.DetaineeIdAsync("Perkins Rocha")}");
        var link = "<a href=\"https://example.org/rocha-freed\" rel=\"noopener noreferrer external\" hreflang=\"en\">https://example.org/rocha-freed</a>"
            + "<span class=\"publisher\"> — Example Press</span><span>, <time datetime=\"2026-01-09\">";
        Assert.Contains(link, feed);
        Assert.Contains(link, page);
    }
}
