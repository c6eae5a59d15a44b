using System.Net;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

[Collection(TrackerAppCollection.Name)]
public sealed class EventWriteTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RecordsPendingEventEnteredByTheKeysName()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Foro Penal desk");
        var person = await NewPersonAsync(editor);

        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events", new
        {
            kind = "Arrested", date = "2025-01-10", confidence = "Verified",
            sources = new[] { new { url = "https://example.org/arrest", publisher = "Example" } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal($"/api/v1/events/{body.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        Assert.Equal("pending", body.GetProperty("reviewState").GetString());
        Assert.Equal("Foro Penal desk", body.GetProperty("enteredBy").GetString());
        Assert.Equal("https://example.org/arrest", body.GetProperty("sources")[0].GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("ReleasedFull", "2024-12-01")]
    [InlineData("Arrested", "2026-02-15")]
    public async Task ReturnsUnprocessableNamingDateAndStoresNothingGivenBrokenHistoryRule(string kind, string date)
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var person = await NewPersonAsync(editor);
        if (kind != "Arrested")
            await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events", new { kind = "Arrested", date = "2025-01-10", confidence = "Verified" });
        var before = await EventCountAsync();

        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events", new { kind, date, confidence = "Verified" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["date"], ProblemAssert.ErrorFields(problem));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task ReturnsUnprocessableGivenUnknownFacility()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var person = await NewPersonAsync(editor);
        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events",
            new { kind = "Arrested", date = "2025-01-10", confidence = "Verified", facilityId = Guid.NewGuid() });
        Assert.Equal(["facilityId"], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity)));
    }

    [Fact]
    public async Task ReturnsNotFoundGivenUnknownPerson()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{Guid.NewGuid()}/events", new { kind = "Arrested", date = "2025-01-10", confidence = "Verified" });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ReviewNeedsReviewerRoleAndAnotherPerson()
    {
        // Two keys of one staff account are one person, whatever the keys are called.
        var author = await app.CreateUserAsync("desk-a@example.org", "Reviewer");
        var organisation = author.OrganisationId;
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A", organisation, author.Id);
        var sameName = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk A laptop", organisation, author.Id);
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk B");
        var person = await NewPersonAsync(editor);
        var recorded = await (await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events",
            new { kind = "Arrested", date = "2025-01-10", confidence = "Verified" })).JsonAsync();
        var review = $"/api/v1/events/{recorded.GetProperty("id").GetGuid()}/review";

        await ProblemAssert.IsProblemAsync(await editor.SendJsonAsync(HttpMethod.Post, review, new { decision = "approve" }), HttpStatusCode.Forbidden);
        var own = await ProblemAssert.IsProblemAsync(await sameName.SendJsonAsync(HttpMethod.Post, review, new { decision = "approve" }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["reviewedBy"], ProblemAssert.ErrorFields(own));
        var approved = await reviewer.SendJsonAsync(HttpMethod.Post, review, new { decision = "approve" });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var body = await approved.JsonAsync();
        Assert.Equal("approved", body.GetProperty("reviewState").GetString());
        Assert.Equal("Desk B", body.GetProperty("reviewedBy").GetString());
        await ProblemAssert.IsProblemAsync(await reviewer.SendJsonAsync(HttpMethod.Post, review, new { decision = "reject" }), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task EventsCannotBeChangedOrDeleted()
    {
        await using var db = app.CreateDbContext();
        var id = await db.Events.Select(e => e.Id).FirstAsync();
        var admin = await app.ClientWithKeyAsync(StaffRole.Admin);

        var response = await admin.DeleteAsync($"/api/v1/events/{id}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.True(await db.Events.AnyAsync(e => e.Id == id));
    }

    private static async Task<Guid> NewPersonAsync(HttpClient client) =>
        (await (await client.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Persona Nueva" })).JsonAsync()).GetProperty("id").GetGuid();

    private async Task<int> EventCountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.Events.CountAsync();
    }
}
