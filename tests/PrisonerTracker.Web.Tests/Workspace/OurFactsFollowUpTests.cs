using System.Net;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>
/// Following a fact up from "Our facts": a superseded fact leads to its correction, a rejected one is entered
/// again from a filled-in form, and a withheld person is listed without any restricted field.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class OurFactsFollowUpTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SupersededFactLinksToTheApprovedCorrectionThatReplacedIt()
    {
        var (editor, _, foro) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var (reviewer, _, _) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var original = (await editor.RecordAsync(person, FactPages.Fields(person, foro, date: "2026-01-20"))).RecordedId();
        await reviewer.DecideAsync(original, "Approve");
        var fields = FactPages.Fields(person, foro, date: "2026-01-22");
        fields["Input.CorrectsEventId"] = original.ToString();
        var correction = (await editor.RecordAsync(person, fields, $"/workspace/record?corrects={original}")).RecordedId();
        var beforeApproval = OurFactsHtml.Single(await editor.GetStringAsync("/workspace/facts"), original);
        Assert.Equal("Approved", beforeApproval.State);
        Assert.DoesNotContain("data-testid=\"correction\"", beforeApproval.Html);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.DecideAsync(correction, "Approve")).StatusCode);

        var html = await editor.GetStringAsync("/workspace/facts");
        var row = OurFactsHtml.Single(html, original);
        Assert.Equal("Superseded", row.State);
        Assert.Contains($"href=\"/detainees/{person}#event-{correction}\" data-testid=\"correction\"", row.Html);
        Assert.Equal("Approved", OurFactsHtml.Single(html, correction).State);
    }

    [Fact]
    public async Task RejectedFactIsEnteredAgainFromAFilledInFormAsANewPendingFact()
    {
        var (editor, _, foro) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var (reviewer, _, _) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var rejected = (await editor.RecordAsync(person, FactPages.Fields(person, foro, date: "2026-01-12", kind: "Transferred"))).RecordedId();
        await reviewer.DecideAsync(rejected, "Reject", "The source says the 14th");

        var page = $"/workspace/record?again={rejected}";
        var form = await editor.GetStringAsync(page);
        Assert.Contains("value=\"2026-01-12\"", form);
        Assert.Contains("https://example.org/news/release", form);
        Assert.Contains("data-testid=\"rejected-reason\">The source says the 14th</q>", form);
        Assert.DoesNotContain($"value=\"{rejected}\"", form);

        var again = (await editor.RecordAsync(person, FactPages.Fields(person, foro, date: "2026-01-14", kind: "Transferred"), page)).RecordedId();
        var stored = await app.EventAsync(again);
        Assert.Equal((ReviewState.Pending, (Guid?)null, new DateOnly(2026, 1, 14)), (stored.ReviewState, stored.CorrectsEventId, stored.EventDate));
        Assert.Equal(ReviewState.Rejected, (await app.EventAsync(rejected)).ReviewState);
        Assert.Equal("Pending", OurFactsHtml.Single(await editor.GetStringAsync("/workspace/facts"), again).State);
    }

    [Fact]
    public async Task RejectedCorrectionIsEnteredAgainStillCorrectingTheApprovedFact()
    {
        var (editor, _, foro) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var (reviewer, _, _) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var original = (await editor.RecordAsync(person, FactPages.Fields(person, foro, date: "2026-01-20"))).RecordedId();
        await reviewer.DecideAsync(original, "Approve");
        var fields = FactPages.Fields(person, foro, date: "2026-01-25");
        fields["Input.CorrectsEventId"] = original.ToString();
        var correction = (await editor.RecordAsync(person, fields, $"/workspace/record?corrects={original}")).RecordedId();
        await reviewer.DecideAsync(correction, "Reject", "Still the 20th in the court record");

        var form = await editor.GetStringAsync($"/workspace/record?again={correction}");
        Assert.Contains("data-testid=\"correcting\"", form);
        Assert.Contains($"value=\"{original}\"", form);
        Assert.Contains("value=\"2026-01-25\"", form);
    }

    [Fact]
    public async Task WithheldPersonIsListedToTheirOrganisationWithoutAnyRestrictedField()
    {
        const string nationalId = "V-99887766";
        var (editor, user, foro) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var person = await app.AddAsync("Persona Reservada", new DateOnly(2026, 1, 5), withheld: true,
            restricted: new RestrictedDetails(nationalId, "family@example.invalid", "asthma", "private note"), recordedBy: foro);
        var fact = (await app.EnterTransfersAsync(person, foro, Viewer.UserAuthor(user.Id), 1))[0];

        var html = await editor.GetStringAsync("/workspace/facts");
        var row = OurFactsHtml.Single(html, fact);
        Assert.Contains($"href=\"/workspace/people/{person}/edit\">Persona Reservada</a>", row.Html);
        Assert.Contains("data-testid=\"withheld\"", row.Html);
        foreach (var restricted in new[] { nationalId, "family@example.invalid", "asthma", "private note" })
            Assert.DoesNotContain(restricted, html);
    }
}
