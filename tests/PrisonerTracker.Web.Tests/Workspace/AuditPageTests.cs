using System.Net;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>/workspace/audit: reviewers and admins browse the audit log; restricted values stay masked.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class AuditPageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(demo: false);
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EditorsCannotOpenTheAuditLog()
    {
        var editor = app.CreateBrowserLikeClient();
        await editor.SignInAsync((await app.CreateUserAsync("audit.editor@example.org")).Email!);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/workspace/audit")).StatusCode);
    }

    [Fact]
    public async Task ReviewerSeesARecordsHistoryWithRestrictedValuesMasked()
    {
        var admin = await app.ClientWithKeyAsync(StaffRole.Admin, "Audit desk");
        var created = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees",
            new { name = "Historia Persona", restricted = new { nationalId = "SENTINEL-PAGE-ID" } })).JsonAsync();
        var id = created.GetProperty("id").GetString()!;
        await app.AddAsync("Other Person");
        var reviewer = app.CreateBrowserLikeClient();
        await reviewer.SignInAsync((await app.CreateUserAsync("audit.reviewer@example.org", "Reviewer")).Email!);

        var response = await reviewer.GetAsync($"/workspace/audit?record={id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1 entries", html);
        Assert.Contains("Audit desk", html);
        Assert.Contains("(restricted)", html);
        Assert.DoesNotContain("SENTINEL", html);
        Assert.DoesNotContain("Other Person", html);
    }

    [Fact]
    public async Task SignInsAreListedUnderTheAccountRecordType()
    {
        var reviewer = app.CreateBrowserLikeClient();
        var user = await app.CreateUserAsync("audit.signin@example.org", "Reviewer");
        await reviewer.SignInAsync(user.Email!);

        var html = await reviewer.GetStringAsync("/workspace/audit?recordType=account&action=sign-in");

        Assert.Contains("1 entries", html);
        Assert.Contains($"/workspace/audit?record={user.Id}", html);
    }

    [Fact]
    public async Task AnInvalidRecordIdIsExplainedBesideItsField()
    {
        var reviewer = app.CreateBrowserLikeClient();
        await reviewer.SignInAsync((await app.CreateUserAsync("audit.typo@example.org", "Reviewer")).Email!);

        var html = await reviewer.GetStringAsync("/workspace/audit?record=not-an-id");

        Assert.Matches("id=\"record-error\"[^>]*>A record id looks like", html);
        Assert.DoesNotContain("data-testid=\"audit-entries\"", html);
    }

    [Fact]
    public async Task PublicRecordPageLinksToItsHistoryOnlyForASignedInReviewer()
    {
        var id = await app.AddAsync("Persona Publica");
        var reviewer = app.CreateBrowserLikeClient();
        await reviewer.SignInAsync((await app.CreateUserAsync("audit.history@example.org", "Reviewer")).Email!);
        var editor = app.CreateBrowserLikeClient();
        await editor.SignInAsync((await app.CreateUserAsync("audit.history.editor@example.org")).Email!);

        var anonymous = await app.CreateBrowserLikeClient().GetStringAsync($"/detainees/{id}");
        var asEditor = await editor.GetStringAsync($"/detainees/{id}");
        var asReviewer = await reviewer.GetStringAsync($"/detainees/{id}");

        Assert.DoesNotContain("/workspace/audit", anonymous);
        Assert.DoesNotContain("/workspace/audit", asEditor);
        Assert.Contains($"href=\"/workspace/audit?record={id}\"", asReviewer);
        // The reviewer's page must not have been kept for the next anonymous reader.
        Assert.DoesNotContain("/workspace/audit", await app.CreateBrowserLikeClient().GetStringAsync($"/detainees/{id}"));
    }
}
