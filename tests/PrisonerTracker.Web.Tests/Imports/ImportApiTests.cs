using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Imports;

/// <summary>The import API: a dry run previews every row and writes nothing; a commit writes all rows or none, once.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class ImportApiTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(int People, int Events, int Audit)> CountsAsync()
    {
        await using var db = app.CreateDbContext();
        return (await db.Detainees.CountAsync(), await db.Events.CountAsync(), await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task SpanishExcelFileIsPreviewedRowByRowAndTheDryRunWritesNothing()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var before = await CountsAsync();

        var response = await editor.PostAsync("/api/v1/imports/detainees?dryRun=true&fileName=presos.csv", ImportFiles.Csv(ImportFiles.SpanishExcel()));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var preview = JsonDocument.Parse(body).RootElement;

        Assert.Equal("utf-8-bom", preview.GetProperty("encoding").GetString());
        Assert.Equal(";", preview.GetProperty("delimiter").GetString());
        Assert.Equal("dmy", preview.GetProperty("dateFormat").GetString());
        Assert.False(preview.GetProperty("committed").GetBoolean());
        var rows = preview.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([2, 3, 5], rows.Select(r => r.GetProperty("row").GetInt32()));
        Assert.All(rows, r => Assert.Equal("create", r.GetProperty("outcome").GetString()));
        Assert.Equal(["Ana Belén Muñoz", "José Ñáñez", "María Auxiliadora Peña"], rows.Select(r => r.GetProperty("name").GetString()));
        var anaFacts = rows[0].GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal(["arrested", "released-conditional"], anaFacts.Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal("2024-03-15", anaFacts[0].GetProperty("date").GetString());
        Assert.Equal("El Rodeo I", rows[1].GetProperty("facts")[0].GetProperty("facility").GetString());
        Assert.DoesNotContain("14.523.678", body);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task SameRowsInWindows1252AreReadAlikeCommittedOnceAndReimportingCreatesNothing()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var before = await CountsAsync();

        var first = await editor.PostAsync("/api/v1/imports/detainees?dryRun=false", ImportFiles.Csv(ImportFiles.Windows1252()));
        var result = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.True(first.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.Equal("windows-1252", result.GetProperty("encoding").GetString());
        Assert.True(result.GetProperty("committed").GetBoolean());
        Assert.Equal(3, result.GetProperty("counts").GetProperty("peopleCreated").GetInt32());
        Assert.Equal(4, result.GetProperty("counts").GetProperty("eventsCreated").GetInt32());

        await using (var db = app.CreateDbContext())
        {
            var ana = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Name == "Ana Belén Muñoz");
            Assert.Equal(ImportFiles.AnaNationalId, ana.Restricted.NationalId);
            Assert.All(ana.Events, e => Assert.Equal(ReviewState.Pending, e.ReviewState));
            Assert.Equal("Régimen de presentación\ncada 30 días", ana.Events.Single(e => e.Kind == EventKind.ReleasedConditional).Conditions?.Replace("\r\n", "\n"));
            Assert.True(await db.Detainees.AnyAsync(d => d.Name == "José Ñáñez"));
        }
        var afterFirst = await CountsAsync();
        Assert.Equal(before.People + 3, afterFirst.People);
        Assert.Equal(before.Events + 4, afterFirst.Events);

        foreach (var again in new[] { ImportFiles.SpanishExcel(), ImportFiles.Windows1252() })
        {
            var second = await editor.PostAsync("/api/v1/imports/detainees?dryRun=false", ImportFiles.Csv(again));
            var repeat = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.All(repeat.GetProperty("rows").EnumerateArray(), r => Assert.Equal("already-imported", r.GetProperty("outcome").GetString()));
            Assert.Equal(0, repeat.GetProperty("counts").GetProperty("eventsCreated").GetInt32());
        }
        var afterSecond = await CountsAsync();
        Assert.Equal((afterFirst.People, afterFirst.Events), (afterSecond.People, afterSecond.Events));
    }

    [Fact]
    public async Task FileWithOneBadRowWritesNothingAndNamesTheRowAndColumn()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var before = await CountsAsync();

        var response = await editor.PostAsync("/api/v1/imports/detainees?dryRun=false", ImportFiles.Csv(ImportFiles.WithBadRow()));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["row 3"], problem.ErrorFields());
        Assert.Contains("Fecha de detención", problem.GetProperty("errors").GetProperty("row 3")[0].GetString());
        Assert.Contains("23/13/2024", problem.GetProperty("errors").GetProperty("row 3")[0].GetString());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task CommittedImportIsInTheAuditLogWithFileNameHashAndCounts()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var bytes = ImportFiles.SpanishExcel();
        var response = await editor.PostAsync("/api/v1/imports/detainees?dryRun=false&fileName=presos%20enero.csv", ImportFiles.Csv(bytes));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var db = app.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "import");
        using var changes = JsonDocument.Parse(entry.Changes);
        Assert.Equal("presos enero.csv", changes.RootElement.GetProperty("file").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), changes.RootElement.GetProperty("sha256").GetString());
        Assert.Equal(3, changes.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(3, changes.RootElement.GetProperty("peopleCreated").GetInt32());
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Action == "create" && a.RecordType == "detainee" && a.ActorId == entry.ActorId));
        Assert.DoesNotContain("14.523.678", string.Join("\n", await db.AuditEntries.Select(a => a.Changes).ToListAsync()));
    }
}
