using System.Net;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Privilege;

/// <summary>
/// A withheld person never becomes public by one person's act: <c>withheld: false</c> only
/// requests publication; a different reviewer or admin approves it.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class PublicationTests(TrackerApp app) : IAsyncLifetime
{
    private const string Name = "Persona Reservada Zq";
    private Guid _person;
    private string Url => $"/api/v1/detainees/{_person}";
    private string Decision => $"{Url}/publication";

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _person = await app.AddAsync(Name, withheld: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpResponseMessage> RequestPublicationAsync(HttpClient client, bool put = false)
    {
        var tag = (await client.GetAsync(Url)).Headers.ETag!.ToString();
        return put
            ? await client.SendJsonAsync(HttpMethod.Put, Url, new { name = Name, withheld = false }, ifMatch: tag)
            : await client.PatchMergeAsync(Url, new { withheld = false }, tag);
    }

    private async Task AssertInvisibleToTheAnonymousAsync()
    {
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(Url)).StatusCode);
        Assert.DoesNotContain(Name, await anonymous.GetStringAsync("/api/v1/detainees?limit=500"));
        Assert.DoesNotContain(Name, await anonymous.GetStringAsync("/api/v1/detainees?q=persona%20reservada"));
        Assert.DoesNotContain(Name, await anonymous.GetStringAsync("/api/v1/detainees?format=csv"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OnePersonsRequestLeavesThePersonWithheldAndPending(bool put)
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A");

        var response = await RequestPublicationAsync(editor, put);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.True(body.GetProperty("withheld").GetBoolean());
        Assert.Equal("Desk A", body.GetProperty("pendingPublication").GetProperty("requestedBy").GetString());
        Assert.Equal(app.Clock.GetUtcNow(), body.GetProperty("pendingPublication").GetProperty("requestedAt").GetDateTimeOffset());
        var profile = await editor.GetJsonAsync(Url);
        Assert.True(profile.GetProperty("withheld").GetBoolean());
        Assert.Equal("Desk A", profile.GetProperty("pendingPublication").GetProperty("requestedBy").GetString());
        await AssertInvisibleToTheAnonymousAsync();
    }

    [Fact]
    public async Task ASecondPersonsApprovalMakesThePersonPublic()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A");
        var admin = await app.ClientWithKeyAsync(StaffRole.Admin, "Desk B");
        await RequestPublicationAsync(editor);

        var approved = await admin.SendJsonAsync(HttpMethod.Post, Decision, new { decision = "approve" });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var body = await approved.JsonAsync();
        Assert.False(body.GetProperty("withheld").GetBoolean());
        Assert.False(body.TryGetProperty("pendingPublication", out _));
        // The answer may be kept under an Idempotency-Key: it never holds restricted fields, even for an admin.
        Assert.False(body.TryGetProperty("restricted", out _));
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(Url)).StatusCode);
        Assert.Contains(Name, await anonymous.GetStringAsync("/api/v1/detainees?q=persona%20reservada"));
    }

    [Fact]
    public async Task TheRequesterCannotApproveTheirOwnRequestEvenWithAReviewerKey()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A");
        var sameName = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk A");
        await RequestPublicationAsync(sameName);

        var own = await sameName.SendJsonAsync(HttpMethod.Post, Decision, new { decision = "approve" });
        var byEditor = await editor.SendJsonAsync(HttpMethod.Post, Decision, new { decision = "approve" });

        Assert.Equal(["reviewedBy"], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(own, HttpStatusCode.UnprocessableEntity)));
        await ProblemAssert.IsProblemAsync(byEditor, HttpStatusCode.Forbidden);
        await AssertInvisibleToTheAnonymousAsync();
    }

    [Fact]
    public async Task RejectionKeepsThePersonWithheldAndClosesTheRequest()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A");
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk B");
        await RequestPublicationAsync(editor);

        var rejected = await reviewer.SendJsonAsync(HttpMethod.Post, Decision, new { decision = "reject" });

        var body = await rejected.JsonAsync();
        Assert.True(body.GetProperty("withheld").GetBoolean());
        Assert.False(body.TryGetProperty("pendingPublication", out _));
        var late = await reviewer.SendJsonAsync(HttpMethod.Post, Decision, new { decision = "approve" });
        Assert.Equal(["pendingPublication"], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(late, HttpStatusCode.UnprocessableEntity)));
        await AssertInvisibleToTheAnonymousAsync();
    }

    [Fact]
    public async Task WithholdingAgainCancelsThePendingRequest()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A");
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk B");
        var requested = await (await RequestPublicationAsync(editor)).JsonAsync();

        var withheld = await editor.PatchMergeAsync(Url, new { withheld = true }, requested.GetProperty("eTag").GetString());

        Assert.False((await withheld.JsonAsync()).TryGetProperty("pendingPublication", out _));
        await ProblemAssert.IsProblemAsync(await reviewer.SendJsonAsync(HttpMethod.Post, Decision, new { decision = "approve" }), HttpStatusCode.UnprocessableEntity);
        await AssertInvisibleToTheAnonymousAsync();
    }

    [Fact]
    public async Task OtherChangesToAWithheldPersonLeaveThePendingRequestAlone()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A");
        var requested = await (await RequestPublicationAsync(editor)).JsonAsync();

        var patched = await editor.PatchMergeAsync(Url, new { occupation = "Teacher" }, requested.GetProperty("eTag").GetString());

        Assert.Equal("Desk A", (await patched.JsonAsync()).GetProperty("pendingPublication").GetProperty("requestedBy").GetString());
    }

    [Fact]
    public async Task ReviewersFindThePendingRequestsInTheList()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A");
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk B");
        await app.AddAsync("Otra Persona Reservada", withheld: true);
        Assert.Empty((await reviewer.GetJsonAsync("/api/v1/detainees?pendingPublication=true")).Names());

        await RequestPublicationAsync(editor);

        Assert.Equal([Name], (await reviewer.GetJsonAsync("/api/v1/detainees?pendingPublication=true")).Names());
        Assert.DoesNotContain(Name, (await reviewer.GetJsonAsync("/api/v1/detainees?pendingPublication=false&limit=500")).Names());
        Assert.Equal(0, (await app.CreateClient().GetJsonAsync("/api/v1/detainees?pendingPublication=true&includeTotal=true")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AReviewersRetriedApprovalWithTheSameIdempotencyKeyGetsTheFirstAnswer()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A");
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk B");
        await RequestPublicationAsync(editor);

        var first = await reviewer.SendJsonAsync(HttpMethod.Post, Decision, new { decision = "approve" }, idempotencyKey: "approve-1");
        var retry = await reviewer.SendJsonAsync(HttpMethod.Post, Decision, new { decision = "approve" }, idempotencyKey: "approve-1");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(Url)).StatusCode);
    }

    [Fact]
    public async Task DecisionOnAnUnknownPersonIsNotFoundAndAMissingDecisionIsNamed()
    {
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk B");

        var unknown = await reviewer.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{Guid.CreateVersion7()}/publication", new { decision = "approve" });
        var missing = await reviewer.SendJsonAsync(HttpMethod.Post, Decision, new { });

        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(["decision"], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest)));
    }
}
