using System.Net;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>
/// A fact not yet approved belongs to its author's organisation in the profile API, as in the review queue:
/// its editors and reviewers see it, admins see it, other organisations do not. The person's page shows a
/// signed-in reviewer of another organisation neither pending nor rejected facts.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class PendingFactScopeTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PersonPageNeverShowsAnotherOrganisationsPendingOrRejectedFactToASignedInReviewer()
    {
        var (foro, _, foroId) = await app.StaffAsync("foro@example.org", "Editor", "Foro Penal");
        var (foroReviewer, _, _) = await app.StaffAsync("foro-reviewer@example.org", "Reviewer", "Foro Penal");
        var (provea, _, _) = await app.StaffAsync("provea@example.org", "Reviewer", "Provea");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var pending = (await foro.RecordAsync(person, FactPages.Fields(person, foroId))).RecordedId();
        var rejected = (await foro.RecordAsync(person, FactPages.Fields(person, foroId, date: "2026-01-10", kind: "Transferred"))).RecordedId();
        Assert.Equal(HttpStatusCode.Redirect, (await foroReviewer.DecideAsync(rejected, "Reject", "Another person")).StatusCode);

        var outsider = await provea.GetStringAsync($"/detainees/{person}");
        Assert.Contains("data-testid=\"timeline\"", outsider);
        Assert.DoesNotContain($"event-{pending}", outsider);
        Assert.DoesNotContain($"event-{rejected}", outsider);
    }

    [Fact]
    public async Task ProfileApiListsAnotherOrganisationsPendingFactOnlyToItsOwnStaffAndAdmins()
    {
        var authorOrganisation = await app.OrganisationAsync("Foro Penal");
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A", authorOrganisation);
        var outsider = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk B", await app.OrganisationAsync("Provea"));
        var admin = await app.ClientWithKeyAsync(StaffRole.Admin, "Admin desk", await app.OrganisationAsync("Provea"));
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2025, 1, 5));
        var recorded = await (await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events",
            new { kind = "released-full", date = "2025-02-10", confidence = "verified" })).JsonAsync();
        var fact = recorded.GetProperty("id").GetGuid().ToString();

        var seenByOutsider = await outsider.GetAsync($"/api/v1/detainees/{person}");
        Assert.Equal(HttpStatusCode.OK, seenByOutsider.StatusCode);
        Assert.DoesNotContain(fact, await seenByOutsider.Content.ReadAsStringAsync());
        Assert.Contains(fact, await editor.GetStringAsync($"/api/v1/detainees/{person}"));
        Assert.Contains(fact, await admin.GetStringAsync($"/api/v1/detainees/{person}"));
    }
}
