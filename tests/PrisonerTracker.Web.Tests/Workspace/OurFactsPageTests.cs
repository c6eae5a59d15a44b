using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>
/// "Our facts": staff see what became of the facts their organisation entered, with the reviewer's reason,
/// and nothing of another organisation's unapproved work.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class OurFactsPageTests(TrackerApp app) : IAsyncLifetime
{
    private const string Reason = "The source dates the transfer on the 14th, not the 12th";

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EditorSeesTheirRejectedFactWithTheReviewersReasonBesidePendingAndApprovedOnes()
    {
        var (editor, _, foro) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var (reviewer, _, _) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var approved = (await editor.RecordAsync(person, FactPages.Fields(person, foro, date: "2026-01-10", kind: "Transferred"))).RecordedId();
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var rejected = (await editor.RecordAsync(person, FactPages.Fields(person, foro, date: "2026-01-12", kind: "Transferred"))).RecordedId();
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var pending = (await editor.RecordAsync(person, FactPages.Fields(person, foro))).RecordedId();
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.DecideAsync(approved, "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.DecideAsync(rejected, "Reject", Reason)).StatusCode);

        var response = await editor.GetAsync("/workspace/facts");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal([pending, rejected, approved], OurFactsHtml.Ids(html));
        var rejectedRow = OurFactsHtml.Single(html, rejected);
        Assert.Equal(("Rejected", Reason), (rejectedRow.State, rejectedRow.Reason));
        Assert.Contains(">rejected</span>", rejectedRow.Html);
        Assert.Contains("reviewer@example.org", rejectedRow.Html);
        Assert.Contains($"href=\"/workspace/record?again={rejected}\"", rejectedRow.Html);
        Assert.Equal(("Pending", ""), (OurFactsHtml.Single(html, pending).State, OurFactsHtml.Single(html, pending).Reason));
        Assert.Contains(">pending</span>", OurFactsHtml.Single(html, pending).Html);
        Assert.Contains(">approved</span>", OurFactsHtml.Single(html, approved).Html);
        Assert.DoesNotContain("record?again", OurFactsHtml.Single(html, approved).Html);
    }

    [Fact]
    public async Task AnotherOrganisationsPendingAndRejectedFactsAndTheirReasonAreNeverListed()
    {
        var (foroEditor, _, foro) = await app.StaffAsync("foro@example.org", "Editor", "Foro Penal");
        var (foroAdmin, _, _) = await app.StaffAsync("foro-admin@example.org", "Admin", "Foro Penal");
        var (provea, _, proveaId) = await app.StaffAsync("provea@example.org", "Editor", "Provea");
        var (proveaReviewer, _, _) = await app.StaffAsync("provea-reviewer@example.org", "Reviewer", "Provea");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var own = (await foroEditor.RecordAsync(person, FactPages.Fields(person, foro, date: "2026-01-09", kind: "Transferred"))).RecordedId();
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var theirsPending = (await provea.RecordAsync(person, FactPages.Fields(person, proveaId))).RecordedId();
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var theirsRejected = (await provea.RecordAsync(person, FactPages.Fields(person, proveaId, date: "2026-01-11", kind: "Transferred"))).RecordedId();
        Assert.Equal(HttpStatusCode.Redirect, (await proveaReviewer.DecideAsync(theirsRejected, "Reject", Reason)).StatusCode);

        foreach (var client in new[] { foroEditor, foroAdmin })
            foreach (var page in new[] { "/workspace/facts", "/workspace/facts?state=Rejected", "/workspace/facts?state=Pending", "/workspace/facts?person=perez" })
            {
                var html = await client.GetStringAsync(page);
                Assert.DoesNotContain(theirsPending.ToString(), html);
                Assert.DoesNotContain(theirsRejected.ToString(), html);
                Assert.DoesNotContain(Reason, html);
            }
        Assert.Equal([own], OurFactsHtml.Ids(await foroEditor.GetStringAsync("/workspace/facts")));
        Assert.Equal([theirsRejected, theirsPending], OurFactsHtml.Ids(await provea.GetStringAsync("/workspace/facts")));
        Assert.Equal(HttpStatusCode.NotFound, (await foroEditor.GetAsync($"/workspace/record?again={theirsRejected}")).StatusCode);
    }

    [Fact]
    public async Task AnonymousVisitorIsSentToSignIn()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/workspace/facts?state=Rejected");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/workspace/signin?ReturnUrl=", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task WorkspaceHomeLinksEveryRoleToOurFacts()
    {
        foreach (var role in new[] { "Editor", "Reviewer", "Admin" })
        {
            var (client, _, _) = await app.StaffAsync($"{role.ToLowerInvariant()}@example.org", role, "Foro Penal");
            Assert.Contains("href=\"/workspace/facts\"", await client.GetStringAsync("/workspace"));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace/facts")).StatusCode);
        }
    }

    [Fact]
    public async Task SpanishPageWritesItsHeadingsLabelsAndStatesInSpanish()
    {
        var (editor, _, foro) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var (reviewer, _, _) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var fact = (await editor.RecordAsync(person, FactPages.Fields(person, foro))).RecordedId();
        await reviewer.DecideAsync(fact, "Reject", Reason);

        var html = await editor.GetStringAsync("/workspace/facts?culture=es");
        foreach (var text in new[] { "<h1>Nuestros hechos</h1>", ">Estado</label>", ">Solo los hechos que registré yo</label>", ">Persona</label>",
                     "<th scope=\"col\">Motivo del revisor</th>", "<th scope=\"col\">Registrado por</th>", ">rechazado</span>", "Registrar una corrección" })
            Assert.Contains(text, html);
        Assert.DoesNotContain("Our facts", html);
        Assert.Contains("Nuestros hechos", await editor.GetStringAsync("/workspace?culture=es"));
    }
}
