using System.Net;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

/// <summary>The review endpoint's outcomes: reject needs a reason, unverifiable sets aside, other organisations' pending work is out of reach.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class ReviewDecisionApiTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RejectWithoutAReasonIsRefusedNamingTheReasonAndWithOneIsKept()
    {
        var (editor, reviewer) = await KeysAsync();
        var review = await PendingArrestAsync(editor);

        var refused = await ProblemAssert.IsProblemAsync(await reviewer.SendJsonAsync(HttpMethod.Post, review, new { decision = "reject" }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["reason"], ProblemAssert.ErrorFields(refused));

        var rejected = await reviewer.SendJsonAsync(HttpMethod.Post, review, new { decision = "reject", reason = "Wrong person" });
        var body = await rejected.JsonAsync();
        Assert.Equal(("rejected", "Wrong person"), (body.GetProperty("reviewState").GetString(), body.GetProperty("reviewReason").GetString()));
    }

    [Fact]
    public async Task UnverifiableIsAnOutcomeInKebabCaseAndTheFactCountsNowherePublic()
    {
        var (editor, reviewer) = await KeysAsync();
        var review = await PendingArrestAsync(editor);

        var marked = await reviewer.SendJsonAsync(HttpMethod.Post, review, new { decision = "unverifiable" });

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var body = await marked.JsonAsync();
        Assert.Equal("unverifiable", body.GetProperty("reviewState").GetString());
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/events/{id}")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await app.CreateClient().GetStringAsync("/api/v1/events?limit=500"));
        Assert.Contains("\"unverifiable\"", await app.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
    }

    [Fact]
    public async Task ReviewerOfAnotherOrganisationCannotSeeOrDecideOnPendingWork()
    {
        var (editor, _) = await KeysAsync();
        var review = await PendingArrestAsync(editor);
        var outsider = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Elsewhere", await app.OrganisationAsync("Another NGO"));

        await ProblemAssert.IsProblemAsync(await outsider.SendJsonAsync(HttpMethod.Post, review, new { decision = "approve" }), HttpStatusCode.NotFound);
        var eventUrl = review.Replace("/review", "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(eventUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(eventUrl)).StatusCode);
    }

    [Fact]
    public async Task PublicationDecisionIsNeverUnverifiable()
    {
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk B");
        var person = await app.AddAsync("Persona Reservada", withheld: true);
        var response = await reviewer.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/publication", new { decision = "unverifiable" });
        Assert.Equal(["decision"], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    private async Task<(HttpClient Editor, HttpClient Reviewer)> KeysAsync() =>
        (await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A"), await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk B"));

    private static async Task<string> PendingArrestAsync(HttpClient editor)
    {
        var person = (await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Persona Nueva" })).JsonAsync()).GetProperty("id").GetGuid();
        var recorded = await (await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events",
            new { kind = "arrested", date = "2025-01-10", confidence = "verified" })).JsonAsync();
        return $"/api/v1/events/{recorded.GetProperty("id").GetGuid()}/review";
    }
}
