using System.Net;
using System.Text.RegularExpressions;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>The review queue: reviewers only, their organisation's pending work oldest first, and decisions the four-eyes rule allows.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class ReviewQueuePageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EditorIsRefusedTheQueueAndItsDecisions()
    {
        var (editor, _, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var fact = (await editor.RecordAsync(person, FactPages.Fields(person, organisation))).RecordedId();

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/workspace/review")).StatusCode);
        var token = Support.Workspace.Token(await editor.GetStringAsync($"/workspace/record?person={person}"));
        var post = await editor.PostAsync($"/workspace/review?handler=Decide&id={fact}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Decision"] = "Approve", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(ReviewState.Pending, (await app.EventAsync(fact)).ReviewState);
    }

    [Fact]
    public async Task QueueShowsTheOrganisationsPendingFactsOldestFirstAndNotOtherOrganisations()
    {
        var (foro, _, foroId) = await app.StaffAsync("foro@example.org", "Editor", "Foro Penal");
        var (provea, _, proveaId) = await app.StaffAsync("provea@example.org", "Editor", "Provea");
        var (reviewer, _, _) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var ana = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var luis = await app.AddAsync("Luis Gómez", new DateOnly(2026, 1, 5));
        var first = (await foro.RecordAsync(luis, FactPages.Fields(luis, foroId))).RecordedId();
        app.Clock.Now = app.Clock.Now.AddMinutes(5);
        var second = (await foro.RecordAsync(ana, FactPages.Fields(ana, foroId, kind: "Transferred"))).RecordedId();
        var elsewhere = (await provea.RecordAsync(ana, FactPages.Fields(ana, proveaId, date: "2026-01-21"))).RecordedId();

        Assert.Equal([first, second], QueueIds(await reviewer.GetStringAsync("/workspace/review")));
        Assert.Equal([second], QueueIds(await reviewer.GetStringAsync("/workspace/review?kind=Transferred")));
        Assert.Equal([second], QueueIds(await reviewer.GetStringAsync("/workspace/review?person=perez")));
        Assert.Empty(QueueIds(await reviewer.GetStringAsync($"/workspace/review?organisation={proveaId}")));

        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.DecideAsync(elsewhere, "Approve")).StatusCode);
        Assert.Equal(ReviewState.Pending, (await app.EventAsync(elsewhere)).ReviewState);

        var (admin, _, _) = await app.StaffAsync("admin@example.org", "Admin", "Foro Penal");
        Assert.Equal([first, second, elsewhere], QueueIds(await admin.GetStringAsync("/workspace/review")));
    }

    [Fact]
    public async Task AuthorCannotApproveTheirOwnFactFromAnySessionOfTheirAccount()
    {
        var (author, user, organisation) = await app.StaffAsync("author@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var fact = (await author.RecordAsync(person, FactPages.Fields(person, organisation))).RecordedId();
        var secondSession = app.CreateBrowserLikeClient();
        await secondSession.SignInAsync(user.Email!);

        var queue = await author.GetStringAsync("/workspace/review");
        Assert.Contains("data-testid=\"own-fact\"", queue);
        Assert.DoesNotContain("data-testid=\"approve\"", queue);
        foreach (var session in new[] { author, secondSession })
        {
            var refused = await session.DecideAsync(fact, "Approve", tokenPage: $"/workspace/record?person={person}");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Matches("data-testid=\"decision-error\"[^>]*>You entered this fact, so you cannot decide on it", await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(ReviewState.Pending, (await app.EventAsync(fact)).ReviewState);
    }

    [Fact]
    public async Task RejectionNeedsAReasonBesideTheReasonFieldAndKeepsIt()
    {
        var (editor, _, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var (reviewer, _, _) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var fact = (await editor.RecordAsync(person, FactPages.Fields(person, organisation))).RecordedId();

        var refused = await reviewer.DecideAsync(fact, "Reject");
        Assert.Matches("data-testid=\"reason-error\"[^>]*>\\s*<span[^>]*>Say why", await refused.Content.ReadAsStringAsync());
        Assert.Equal(ReviewState.Pending, (await app.EventAsync(fact)).ReviewState);

        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.DecideAsync(fact, "Reject", "The source names another person")).StatusCode);
        var stored = await app.EventAsync(fact);
        Assert.Equal((ReviewState.Rejected, "The source names another person"), (stored.ReviewState, stored.ReviewReason));
    }

    [Theory]
    [InlineData("Approve", ReviewState.Approved, true)]
    [InlineData("Unverifiable", ReviewState.Unverifiable, false)]
    public async Task ReviewersDecisionDecidesWhetherTheFactIsPublic(string decision, ReviewState state, bool isPublic)
    {
        var (editor, _, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var (reviewer, _, _) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var fact = (await editor.RecordAsync(person, FactPages.Fields(person, organisation))).RecordedId();

        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.DecideAsync(fact, decision)).StatusCode);

        Assert.Equal(state, (await app.EventAsync(fact)).ReviewState);
        Assert.DoesNotContain(fact.ToString(), await reviewer.GetStringAsync("/workspace/review"));
        var pub = await app.CreateClient().GetStringAsync($"/api/v1/detainees/{person}");
        Assert.Equal(isPublic, pub.Contains(fact.ToString()));
        Assert.Equal(isPublic ? "released-full" : "held", StatusOf().Match(pub).Groups["s"].Value);
    }

    [Fact]
    public async Task DecisionWithoutTheAntiforgeryTokenIsRefused()
    {
        var (editor, _, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var (reviewer, _, _) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var fact = (await editor.RecordAsync(person, FactPages.Fields(person, organisation))).RecordedId();
        var response = await reviewer.PostAsync($"/workspace/review?handler=Decide&id={fact}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Decision"] = "Approve" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ReviewState.Pending, (await app.EventAsync(fact)).ReviewState);
    }

    private static List<Guid> QueueIds(string html) => [.. QueueItem().Matches(html).Select(m => Guid.Parse(m.Groups["id"].Value))];

    [GeneratedRegex("data-testid=\"queue-item\" data-event-id=\"(?<id>[0-9a-f-]{36})\"")]
    private static partial Regex QueueItem();

    [GeneratedRegex("\"status\":\"(?<s>[a-z-]+)\"")]
    private static partial Regex StatusOf();
}
