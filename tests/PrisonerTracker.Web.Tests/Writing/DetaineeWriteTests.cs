using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

[Collection(TrackerAppCollection.Name)]
public sealed class DetaineeWriteTests(TrackerApp app) : IAsyncLifetime
{
    private static readonly object NewPerson = new
    {
        name = "Ana Prueba", nameVariants = new[] { "Ana P." }, gender = "Female", nationalities = new[] { "ve", "ES" },
        occupation = "journalist", charges = "terrorism",
        restricted = new { nationalId = "V-1234567", healthNotes = "diabetic" },
    };

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreatesDetaineeWithRestrictedFieldsAndLocation()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);

        var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", NewPerson);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/detainees/{id}", response.Headers.Location?.ToString());
        Assert.Equal(["VE", "ES"], body.GetProperty("nationalities").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("V-1234567", body.GetProperty("restricted").GetProperty("nationalId").GetString());
        Assert.Equal(response.Headers.ETag?.ToString(), body.GetProperty("eTag").GetString());
        await using var db = app.CreateDbContext();
        var stored = await db.Detainees.SingleAsync(d => d.Id == id);
        Assert.Equal("diabetic", stored.Restricted.HealthNotes);
        Assert.Equal(app.Clock.Now, stored.CreatedAt);
    }

    [Theory]
    [InlineData("reviewState")]
    [InlineData("id")]
    [InlineData("updatedAt")]
    public async Task ReturnsBadRequestNamingServerOwnedFieldAndStoresNothing(string field)
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var before = await CountAsync();

        var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", $$"""{"name":"Ana","{{field}}":"x"}""");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([field], ProblemAssert.ErrorFields(problem));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ReturnsBadRequestForEveryInvalidFieldBeforeTouchingDatabase()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var before = await CountAsync();

        var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees",
            new { name = "", gender = "Female", nationalities = new[] { "XX" }, restricted = new { nationalId = new string('1', 51) } });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["name", "nationalities", "restricted.nationalId"], ProblemAssert.ErrorFields(problem).Order());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ReturnsBadRequestNamingFieldGivenUnknownEnumName()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Ana", service = "Navy" });
        Assert.Equal(["service"], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task RefusesAnonymousWrites()
    {
        var response = await app.CreateClient().SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", NewPerson);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(0, await CountAsync(d => d.Name == "Ana Prueba"));
    }

    [Fact]
    public async Task ReplaceRequiresCurrentETag()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var created = await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", NewPerson)).JsonAsync();
        var url = $"/api/v1/detainees/{created.GetProperty("id").GetGuid()}";
        var etag = created.GetProperty("eTag").GetString()!;
        var replacement = new { name = "Ana Prueba Pérez", occupation = "activist" };

        await ProblemAssert.IsProblemAsync(await editor.SendJsonAsync(HttpMethod.Put, url, replacement), HttpStatusCode.PreconditionRequired);
        var changed = await editor.SendJsonAsync(HttpMethod.Put, url, replacement, ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag?.ToString());

        var stale = await editor.SendJsonAsync(HttpMethod.Put, url, new { name = "Overwritten" }, ifMatch: etag);

        await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        await using var db = app.CreateDbContext();
        var stored = await db.Detainees.SingleAsync(d => d.Id == created.GetProperty("id").GetGuid());
        Assert.Equal("Ana Prueba Pérez", stored.Name);
        Assert.Equal("activist", stored.Occupation);
        Assert.Null(stored.Charges);
        Assert.Equal("diabetic", stored.Restricted.HealthNotes);
    }

    [Fact]
    public async Task MergePatchChangesOnlyTheFieldsSentAndMovesTheETag()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var created = await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", NewPerson)).JsonAsync();
        var url = $"/api/v1/detainees/{created.GetProperty("id").GetGuid()}";

        var response = await editor.PatchMergeAsync(url,
            new Dictionary<string, object?> { ["charges"] = null, ["withheld"] = true, ["restricted"] = new { healthNotes = "hypertensive" } },
            created.GetProperty("eTag").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("journalist", body.GetProperty("occupation").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("charges").ValueKind);
        Assert.True(body.GetProperty("withheld").GetBoolean());
        Assert.Equal("hypertensive", body.GetProperty("restricted").GetProperty("healthNotes").GetString());
        Assert.Equal("V-1234567", body.GetProperty("restricted").GetProperty("nationalId").GetString());
        Assert.NotEqual(created.GetProperty("eTag").GetString(), body.GetProperty("eTag").GetString());
    }

    [Fact]
    public async Task MergePatchRefusesOtherContentTypesAndUnknownFields()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var created = await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", NewPerson)).JsonAsync();
        var url = $"/api/v1/detainees/{created.GetProperty("id").GetGuid()}";
        var etag = created.GetProperty("eTag").GetString();

        await ProblemAssert.IsProblemAsync(await editor.SendJsonAsync(HttpMethod.Patch, url, new { occupation = "x" }, ifMatch: etag),
            HttpStatusCode.UnsupportedMediaType);
        var unknown = await ProblemAssert.IsProblemAsync(await editor.PatchMergeAsync(url, new { reviewState = "Approved" }, etag), HttpStatusCode.BadRequest);
        Assert.Equal(["reviewState"], ProblemAssert.ErrorFields(unknown));
        var invalid = await ProblemAssert.IsProblemAsync(await editor.PatchMergeAsync(url, new Dictionary<string, object?> { ["name"] = null }, etag), HttpStatusCode.BadRequest);
        Assert.Equal(["name"], ProblemAssert.ErrorFields(invalid));
    }

    [Fact]
    public async Task DeleteNeedsReviewerAndHidesPersonWithEvents()
    {
        await using var db = app.CreateDbContext();
        var person = await db.Detainees.Include(d => d.Events).FirstAsync(d => d.Events.Count > 0);
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer);

        await ProblemAssert.IsProblemAsync(await editor.DeleteAsync($"/api/v1/detainees/{person.Id}"), HttpStatusCode.Forbidden);
        var deleted = await reviewer.DeleteAsync($"/api/v1/detainees/{person.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await using var after = app.CreateDbContext();
        Assert.False(await after.Detainees.AnyAsync(d => d.Id == person.Id));
        Assert.False(await after.Events.AnyAsync(e => e.DetaineeId == person.Id));
        Assert.True(await after.Detainees.IgnoreQueryFilters().AnyAsync(d => d.Id == person.Id && d.DeletedAt != null));
        await ProblemAssert.IsProblemAsync(await reviewer.DeleteAsync($"/api/v1/detainees/{person.Id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ReadETagIsTheOneWritesExpect()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var created = await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", NewPerson)).JsonAsync();
        var url = $"/api/v1/detainees/{created.GetProperty("id").GetGuid()}";

        var read = await editor.GetAsync(url);

        // The read tag is the record's tag plus the response's fingerprint, and is strong.
        Assert.StartsWith(created.GetProperty("eTag").GetString()!.TrimEnd('"') + ".", read.Headers.ETag?.ToString());
        Assert.False(read.Headers.ETag!.IsWeak);
        Assert.Equal(HttpStatusCode.OK, (await editor.SendJsonAsync(HttpMethod.Put, url, new { name = "Ana Prueba" }, ifMatch: read.Headers.ETag.ToString())).StatusCode);
    }

    [Fact]
    public async Task RestrictedFieldsWrittenByStaffNeverReachAnonymousReaders()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var created = await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", NewPerson)).JsonAsync();
        var url = $"/api/v1/detainees/{created.GetProperty("id").GetGuid()}";

        var staff = await editor.GetStringAsync(url);
        var anonymous = await app.CreateClient().GetStringAsync(url);
        var list = await app.CreateClient().GetStringAsync("/api/v1/detainees?limit=500");

        Assert.Contains("V-1234567", staff);
        Assert.DoesNotContain("V-1234567", anonymous);
        Assert.DoesNotContain("diabetic", anonymous);
        Assert.DoesNotContain("restricted", anonymous);
        Assert.DoesNotContain("V-1234567", list);

        await editor.PatchMergeAsync(url, new { withheld = true }, created.GetProperty("eTag").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(url)).StatusCode);
    }

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<Domain.Detainees.Detainee, bool>>? filter = null)
    {
        await using var db = app.CreateDbContext();
        return filter is null ? await db.Detainees.CountAsync() : await db.Detainees.CountAsync(filter);
    }
}
