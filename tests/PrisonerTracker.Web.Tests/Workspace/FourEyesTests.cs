using System.Net;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>
/// The four-eyes rule compares people: a staff account is one person through all of its keys;
/// a key without an account is a person of its own; names decide only for records made before
/// accounts existed.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class FourEyesTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AuthorCannotApproveTheirOwnEventWithASecondKeyOfTheirAccount()
    {
        var author = await app.CreateUserAsync("author@example.org", "Reviewer");
        var first = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Office PC", author.OrganisationId, author.Id);
        var second = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Laptop", author.OrganisationId, author.Id);
        var review = await RecordEventAsync(first);

        var own = await second.SendJsonAsync(HttpMethod.Post, review, new { decision = "approve" });
        Assert.Equal(["reviewedBy"], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(own, HttpStatusCode.UnprocessableEntity)));

        var colleague = await app.CreateUserAsync("colleague@example.org", "Reviewer");
        var other = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Office PC", colleague.OrganisationId, colleague.Id);
        Assert.Equal(HttpStatusCode.OK, (await other.SendJsonAsync(HttpMethod.Post, review, new { decision = "approve" })).StatusCode);
        await using var db = app.CreateDbContext();
        var stored = await db.Events.SingleAsync(e => e.ReviewedById != null);
        Assert.Equal(($"user:{author.Id}", $"user:{colleague.Id}"), (stored.EnteredById, stored.ReviewedById));
    }

    [Fact]
    public async Task KeysWithoutAnAccountAreDifferentPeopleEvenWithTheSameName()
    {
        var first = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk");
        var second = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk");
        var review = await RecordEventAsync(first);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await first.SendJsonAsync(HttpMethod.Post, review, new { decision = "approve" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.SendJsonAsync(HttpMethod.Post, review, new { decision = "approve" })).StatusCode);
    }

    [Fact]
    public async Task EventEnteredBeforeAccountsIsStillCheckedByName()
    {
        var first = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk A");
        var review = await RecordEventAsync(first);
        await using (var db = app.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE verification_events SET entered_by_id = NULL");
        var sameName = await app.ClientWithKeyAsync(StaffRole.Reviewer, "desk a");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await sameName.SendJsonAsync(HttpMethod.Post, review, new { decision = "approve" })).StatusCode);
    }

    [Fact]
    public async Task KeysOfADisabledAccountStopWorking()
    {
        var owner = await app.CreateUserAsync("owner@example.org");
        var key = await app.ClientWithKeyAsync(StaffRole.Editor, "Script", owner.OrganisationId, owner.Id);
        Assert.Equal(HttpStatusCode.Created, (await key.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Persona Nueva" })).StatusCode);
        await app.CreateUserAsync("admin@example.org", "Admin");
        var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync("admin@example.org");
        await admin.PostFormAsync("/workspace/admin/users", [], $"/workspace/admin/users?handler=Disable&id={owner.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await key.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Otra Persona" })).StatusCode);
    }

    private static async Task<string> RecordEventAsync(HttpClient client)
    {
        var person = (await (await client.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Persona Nueva" })).JsonAsync()).GetProperty("id").GetGuid();
        var recorded = await (await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events",
            new { kind = "Arrested", date = "2025-01-10", confidence = "Verified" })).JsonAsync();
        return $"/api/v1/events/{recorded.GetProperty("id").GetGuid()}/review";
    }
}
