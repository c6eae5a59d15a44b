using System.Net;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>"Our facts" filtered by state, by author and by person, and paged newest first without repeats.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class OurFactsFilterTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task StateFilterListsOnlyFactsInThatStateAndRefusesAnUnknownOneBesideTheField()
    {
        var (editor, _, foro) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var (reviewer, _, _) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var rejected = (await editor.RecordAsync(person, FactPages.Fields(person, foro, date: "2026-01-12", kind: "Transferred"))).RecordedId();
        var unverifiable = (await editor.RecordAsync(person, FactPages.Fields(person, foro, date: "2026-01-14", kind: "Transferred"))).RecordedId();
        var pending = (await editor.RecordAsync(person, FactPages.Fields(person, foro))).RecordedId();
        await reviewer.DecideAsync(rejected, "Reject", "Wrong person");
        await reviewer.DecideAsync(unverifiable, "Unverifiable");

        Assert.Equal([rejected], OurFactsHtml.Ids(await editor.GetStringAsync("/workspace/facts?state=Rejected")));
        Assert.Equal([pending], OurFactsHtml.Ids(await editor.GetStringAsync("/workspace/facts?state=pending")));
        var unverifiableRow = Assert.Single(OurFactsHtml.Rows(await editor.GetStringAsync("/workspace/facts?state=Unverifiable")));
        Assert.Equal((unverifiable, "no reason given"), (unverifiableRow.Id, unverifiableRow.Reason));
        var none = await editor.GetStringAsync("/workspace/facts?state=Superseded");
        Assert.Empty(OurFactsHtml.Ids(none));
        Assert.Contains("data-testid=\"facts-empty\"", none);

        foreach (var bogus in new[] { "bogus", "9" })
        {
            var response = await editor.GetAsync($"/workspace/facts?state={bogus}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Matches("id=\"state-error\"[^>]*>Choose one of the listed states", html);
            Assert.Empty(OurFactsHtml.Ids(html));
        }
    }

    [Fact]
    public async Task EnteredByMeAndPersonFiltersNarrowTheOrganisationsFacts()
    {
        var (ana, _, foro) = await app.StaffAsync("ana@example.org", "Editor", "Foro Penal");
        var (luis, _, _) = await app.StaffAsync("luis@example.org", "Editor", "Foro Penal");
        var perez = await app.AddAsync("Rocío Pérez", new DateOnly(2026, 1, 5));
        var gomez = await app.AddAsync("Carlos Gómez", new DateOnly(2026, 1, 5));
        var anasFact = (await ana.RecordAsync(perez, FactPages.Fields(perez, foro))).RecordedId();
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var luissFact = (await luis.RecordAsync(gomez, FactPages.Fields(gomez, foro))).RecordedId();

        Assert.Equal([luissFact, anasFact], OurFactsHtml.Ids(await ana.GetStringAsync("/workspace/facts")));
        var mine = await ana.GetStringAsync("/workspace/facts?mine=true");
        Assert.Equal([anasFact], OurFactsHtml.Ids(mine));
        Assert.Matches("<input id=\"mine\"[^>]*checked", mine);
        Assert.Equal([luissFact], OurFactsHtml.Ids(await luis.GetStringAsync("/workspace/facts?mine=true")));
        Assert.Equal([anasFact], OurFactsHtml.Ids(await luis.GetStringAsync("/workspace/facts?person=rocio%20perez")));
        Assert.Empty(OurFactsHtml.Ids(await luis.GetStringAsync("/workspace/facts?person=rocio&mine=true")));
    }

    [Fact]
    public async Task OlderFactsPageContinuesNewestFirstWithTheFiltersAndWithoutRepeats()
    {
        var (editor, user, foro) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var entered = await app.EnterTransfersAsync(person, foro, Viewer.UserAuthor(user.Id), 55);

        var first = await editor.GetStringAsync("/workspace/facts?state=Pending&mine=true");
        var firstIds = OurFactsHtml.Ids(first);
        Assert.Equal(50, firstIds.Count);
        var older = OurFactsHtml.Older(first);
        Assert.NotNull(older);
        Assert.Contains("state=Pending", older);
        Assert.Contains("mine=true", older);
        // A colleague's newer fact arrives between the two pages: it belongs on the first page, not the next.
        app.Clock.Now = app.Clock.Now.AddMinutes(5);
        var newer = await app.EnterTransfersAsync(person, foro, Viewer.UserAuthor(user.Id), 1);

        var second = await editor.GetStringAsync(older);
        var secondIds = OurFactsHtml.Ids(second);
        Assert.Equal(5, secondIds.Count);
        Assert.Null(OurFactsHtml.Older(second));
        Assert.Equal(entered.Order(), firstIds.Concat(secondIds).Order());
        Assert.DoesNotContain(newer[0], secondIds);
        await using var db = app.CreateDbContext();
        var times = await db.Events.Where(e => entered.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.EnteredAt);
        var shown = firstIds.Concat(secondIds).Select(id => times[id]).ToList();
        Assert.Equal(shown.OrderDescending(), shown);
    }

    [Fact]
    public async Task ForgedCursorIsSaidBesideTheFiltersAndListsNothing()
    {
        var (editor, _, _) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var html = await editor.GetStringAsync("/workspace/facts?cursor=not-a-cursor");
        Assert.Matches("data-testid=\"cursor-error\"[^>]*>This page link is not valid", html);
        Assert.DoesNotContain("data-testid=\"facts\"", html);
    }
}
