using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Imports;

/// <summary><c>Prefer: respond-async</c> on an import commit: 202, a job to poll, the synchronous commit's result and audit.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class ImportJobApiTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private static HttpRequestMessage Commit(byte[] file, bool dryRun = false) =>
        new(HttpMethod.Post, $"/api/v1/imports/detainees?dryRun={dryRun.ToString().ToLowerInvariant()}&fileName=presos.csv")
        {
            Content = ImportFiles.Csv(file), Headers = { { "Prefer", "respond-async, wait=5" } },
        };

    private static async Task<JsonElement> EndedAsync(HttpClient client, string location)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var job = JsonDocument.Parse(await client.GetStringAsync(location)).RootElement;
            if (job.GetProperty("status").GetString() is "succeeded" or "failed") return job;
            await Task.Delay(200);
        }
        throw new TimeoutException("The import job did not end within two minutes.");
    }

    [Fact]
    public async Task AsyncCommitAnswers202AndItsJobEndsWithTheSynchronousResultAndAudit()
    {
        var organisation = await app.OrganisationAsync("Importing NGO");
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Import desk", organisation);
        await using var db = app.CreateDbContext();
        var people = await db.Detainees.CountAsync();

        var accepted = await editor.SendAsync(Commit(ImportFiles.SpanishExcel()));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("respond-async", accepted.Headers.GetValues("Preference-Applied").Single());
        var location = accepted.Headers.Location!.ToString();
        Assert.Matches("^/api/v1/imports/jobs/[0-9a-f-]{36}$", location);

        var job = await EndedAsync(editor, location);
        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal(3, job.GetProperty("rowsDone").GetInt32());
        Assert.Equal(3, job.GetProperty("rowsTotal").GetInt32());
        var result = job.GetProperty("result");
        Assert.True(result.GetProperty("committed").GetBoolean());
        Assert.Equal(3, result.GetProperty("counts").GetProperty("peopleCreated").GetInt32());
        Assert.DoesNotContain("14.523.678", job.ToString());
        Assert.Equal(people + 3, await db.Detainees.CountAsync());

        // The same key's synchronous commit of other rows: both imports, and the people they made, are audited alike.
        var sync = await editor.PostAsync("/api/v1/imports/detainees?dryRun=false", ImportFiles.Csv(ImportSteps.ManyPeople(2)));
        Assert.Equal(HttpStatusCode.OK, sync.StatusCode);
        var imports = await db.AuditEntries.Where(a => a.Action == "import").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, imports.Count);
        Assert.Equal(imports[1].ActorId, imports[0].ActorId);
        Assert.Equal(imports[1].ActorName, imports[0].ActorName);
        Assert.NotEqual("system", imports[0].ActorId);
        string[] names = ["Ana Belén Muñoz", "José Ñáñez", "María Auxiliadora Peña"];
        var ids = await db.Detainees.Where(d => names.Contains(d.Name)).Select(d => (Guid?)d.Id).ToListAsync();
        var created = await db.AuditEntries.Where(a => a.RecordType == "detainee" && ids.Contains(a.RecordId)).Select(a => a.ActorId).Distinct().ToListAsync();
        Assert.Equal([imports[0].ActorId], created);
        Assert.All(await db.Detainees.Where(d => ids.Contains(d.Id)).ToListAsync(), d => Assert.Equal(organisation, d.RecordingOrganisationId));
        var both = await db.Detainees.Where(d => names.Contains(d.Name) || d.Name.StartsWith("Persona Número")).Select(d => d.Id).ToListAsync();
        Assert.Equal(5, both.Count);
        var enteredBy = await db.Events.Where(e => both.Contains(e.DetaineeId))
            .Select(e => new { e.EnteredBy, e.EnteredById, e.EnteredByOrganisationId }).Distinct().ToListAsync();
        Assert.NotNull(Assert.Single(enteredBy).EnteredById);
    }

    [Fact]
    public async Task AnotherOrganisationsKeyCannotReadTheJob()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var stranger = await app.ClientWithKeyAsync(StaffRole.Admin, "Other desk", await app.OrganisationAsync("Other NGO"));

        var location = (await editor.SendAsync(Commit(ImportFiles.SpanishExcel()))).Headers.Location!.ToString();
        await EndedAsync(editor, location);

        var response = await stranger.GetAsync(location);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("presos.csv", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/v1/imports/jobs/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task AsyncCommitOfAFileWithABadRowFailsNamingTheRowAndWritesNothing()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        await using var db = app.CreateDbContext();
        var people = await db.Detainees.CountAsync();

        var accepted = await editor.SendAsync(Commit(ImportFiles.WithBadRow()));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var job = await EndedAsync(editor, accepted.Headers.Location!.ToString());

        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.Equal("rejected", job.GetProperty("error").GetProperty("code").GetString());
        var rejected = job.GetProperty("result").GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("outcome").GetString() == "reject");
        Assert.Equal([3], rejected.Select(r => r.GetProperty("row").GetInt32()));
        Assert.Equal(people, await db.Detainees.CountAsync());
    }

    [Fact]
    public async Task DryRunAnswersAtOnceEvenWhenAsyncIsPreferred()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var response = await editor.SendAsync(Commit(ImportFiles.SpanishExcel(), dryRun: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Preference-Applied"));
        Assert.False(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("committed").GetBoolean());
    }
}
