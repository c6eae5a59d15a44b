using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Privilege;

/// <summary>
/// A person's restricted fields belong to the organisation that recorded them: its staff and
/// admins read and write them; other staff see the person, without the fields, and cannot write them.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class RestrictedFieldScopeTests(TrackerApp app) : IAsyncLifetime
{
    private const string NationalId = "SENTINEL-SCOPE-ID-7q";
    private const string Health = "SENTINEL-SCOPE-HEALTH-2w";
    private Guid _orgA, _orgB, _personOfB;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _orgA = await app.OrganisationAsync("Organisation A");
        _orgB = await app.OrganisationAsync("Organisation B");
        _personOfB = await app.AddAsync("Recorded By B", withheld: true, recordedBy: _orgB,
            restricted: new RestrictedDetails(NationalId, null, Health, null));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> EditorOfAsync(Guid organisation, string name = "Editor desk") =>
        app.ClientWithKeyAsync(StaffRole.Editor, name, organisation);

    [Fact]
    public async Task EditorOfAnotherOrganisationSeesThePersonButNotTheirRestrictedFields()
    {
        var editorA = await EditorOfAsync(_orgA);

        var profile = await editorA.GetJsonAsync($"/api/v1/detainees/{_personOfB}");

        Assert.True(profile.GetProperty("withheld").GetBoolean());
        Assert.False(profile.TryGetProperty("restricted", out _));
        Assert.Equal(_orgB, profile.GetProperty("recordingOrganisation").GetProperty("id").GetGuid());
        var text = profile.GetRawText();
        Assert.DoesNotContain(NationalId, text);
        Assert.DoesNotContain(Health, text);
    }

    [Fact]
    public async Task StaffOfTheRecordingOrganisationAndAdminsSeeTheRestrictedFields()
    {
        var editorB = await EditorOfAsync(_orgB);
        var adminA = await app.ClientWithKeyAsync(StaffRole.Admin, "Admin desk", _orgA);

        foreach (var client in new[] { editorB, adminA })
        {
            var restricted = (await client.GetJsonAsync($"/api/v1/detainees/{_personOfB}")).GetProperty("restricted");
            Assert.Equal(NationalId, restricted.GetProperty("nationalId").GetString());
            Assert.Equal(Health, restricted.GetProperty("healthNotes").GetString());
            Assert.Equal(JsonValueKind.Null, restricted.GetProperty("familyContact").ValueKind);
        }
    }

    [Fact]
    public async Task PeopleWithoutARecordingOrganisationShowRestrictedFieldsToAdminsOnly()
    {
        var unknown = await app.AddAsync("Recorded Before Scoping", restricted: new RestrictedDetails(NationalId, null, null, null));

        var editor = await (await EditorOfAsync(_orgA)).GetJsonAsync($"/api/v1/detainees/{unknown}");
        var admin = await (await app.ClientWithKeyAsync(StaffRole.Admin, "Admin desk", _orgA)).GetJsonAsync($"/api/v1/detainees/{unknown}");

        Assert.False(editor.TryGetProperty("restricted", out _));
        Assert.False(editor.TryGetProperty("recordingOrganisation", out _));
        Assert.Equal(NationalId, admin.GetProperty("restricted").GetProperty("nationalId").GetString());
    }

    [Fact]
    public async Task EditorOfAnotherOrganisationCannotWriteRestrictedFieldsAndNothingIsWritten()
    {
        var editorA = await EditorOfAsync(_orgA);
        var url = $"/api/v1/detainees/{_personOfB}";
        var tag = (await editorA.GetAsync(url)).Headers.ETag!.ToString();

        var patch = await editorA.PatchMergeAsync(url, new { occupation = "changed", restricted = new { healthNotes = "overwritten" } }, tag);
        var put = await editorA.SendJsonAsync(HttpMethod.Put, url, new { name = "Recorded By B", restricted = new { nationalId = "X" } }, ifMatch: tag);

        foreach (var refused in new[] { patch, put })
            Assert.Equal(["restricted"], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden)));
        await using var db = app.CreateDbContext();
        var stored = await db.Detainees.SingleAsync(d => d.Id == _personOfB);
        Assert.Equal(Health, stored.Restricted.HealthNotes);
        Assert.Equal(NationalId, stored.Restricted.NationalId);
        Assert.Equal("Test fixture", stored.Occupation);
    }

    [Fact]
    public async Task EditorOfAnotherOrganisationCorrectsPublicFieldsAndTheAnswerLeavesRestrictedFieldsOut()
    {
        var editorA = await EditorOfAsync(_orgA);
        var url = $"/api/v1/detainees/{_personOfB}";
        var tag = (await editorA.GetAsync(url)).Headers.ETag!.ToString();

        var response = await editorA.PatchMergeAsync(url, new { occupation = "Teacher" }, tag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"restricted\"", body);
        Assert.DoesNotContain(NationalId, body);
        await using var db = app.CreateDbContext();
        var stored = await db.Detainees.SingleAsync(d => d.Id == _personOfB);
        Assert.Equal("Teacher", stored.Occupation);
        Assert.Equal(Health, stored.Restricted.HealthNotes);
    }

    [Fact]
    public async Task StaffOfTheRecordingOrganisationMergeRestrictedFields()
    {
        var editorB = await EditorOfAsync(_orgB);
        var url = $"/api/v1/detainees/{_personOfB}";
        var tag = (await editorB.GetAsync(url)).Headers.ETag!.ToString();

        var response = await editorB.PatchMergeAsync(url, new { restricted = new { familyContact = "+58 412" } }, tag);

        var restricted = (await response.JsonAsync()).GetProperty("restricted");
        Assert.Equal("+58 412", restricted.GetProperty("familyContact").GetString());
        Assert.Equal(NationalId, restricted.GetProperty("nationalId").GetString());
    }

    [Fact]
    public async Task ANewPersonIsRecordedByTheCreatingKeysOrganisation()
    {
        var editorA = await EditorOfAsync(_orgA);

        var created = await (await editorA.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees",
            new { name = "Nueva Persona", restricted = new { nationalId = "V-1" } })).JsonAsync();

        Assert.Equal(_orgA, created.GetProperty("recordingOrganisationId").GetGuid());
        Assert.Equal("V-1", created.GetProperty("restricted").GetProperty("nationalId").GetString());
        var seenByB = await (await EditorOfAsync(_orgB, "Other desk")).GetJsonAsync($"/api/v1/detainees/{created.GetProperty("id").GetGuid()}");
        Assert.False(seenByB.TryGetProperty("restricted", out _));
    }
}
