using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PrisonerTracker.Web.Api;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure.Auditing;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Security;

/// <summary>Sign-in events are audit entries (record type "account"), chained like every other entry, without secrets.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class SignInAuditTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(demo: false);
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SignInAndSignOutAreAuditedAsTheAccountWithItsAddress()
    {
        var user = await app.CreateUserAsync("audited.editor@example.org");
        var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user.Email!)).StatusCode);
        var signedOut = await client.PostFormAsync("/workspace", [], "/workspace/signout");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        await using var db = app.CreateDbContext();
        var entries = await db.AuditEntries.Where(a => a.RecordType == "account").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["sign-in", "sign-out"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((user.Id, user.Id.ToString(), user.Email), (e.RecordId!.Value, e.ActorId, e.ActorName)));
        Assert.Contains("\"method\":\"password\"", entries[0].Changes);
        Assert.Null(await AuditChain.VerifyAsync(db, CancellationToken.None));
    }

    [Fact]
    public async Task FailedSignInForAnUnknownAddressKeepsNeitherTheAddressTypedNorThePassword()
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("nobody.here@example.org", "SENTINEL-PASSWORD-TYPED");

        await using var db = app.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.RecordType == "account");
        Assert.Equal(("sign-in-failed", "anonymous", (Guid?)null), (entry.Action, entry.ActorId, entry.RecordId));
        Assert.DoesNotContain("nobody.here", entry.Changes + entry.ActorName);
        Assert.DoesNotContain("SENTINEL", entry.Changes);
    }

    [Fact]
    public async Task WrongPasswordForAKnownAccountIsAuditedWithTheAccountButNotThePassword()
    {
        var user = await app.CreateUserAsync("mistyped@example.org");
        await app.CreateBrowserLikeClient().SignInAsync(user.Email!, "SENTINEL-WRONG-PASSWORD");

        await using var db = app.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.RecordType == "account");
        Assert.Equal(("sign-in-failed", user.Id), (entry.Action, entry.RecordId));
        Assert.Contains("wrong password", entry.Changes);
        Assert.DoesNotContain("SENTINEL", entry.Changes);
    }

    [Theory]
    [InlineData(StaffRole.Editor, 0)]
    [InlineData(StaffRole.Reviewer, 1)]
    public async Task SignInEntriesAreReadableInTheApiByReviewersAndAdminsOnly(StaffRole role, int expected)
    {
        await app.CreateBrowserLikeClient().SignInAsync((await app.CreateUserAsync("api.audit@example.org")).Email!);
        var client = await app.ClientWithKeyAsync(role, $"Audit reader {role}");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit?recordType=account");

        Assert.Equal(expected, page.GetProperty("items").GetArrayLength());
    }
}
