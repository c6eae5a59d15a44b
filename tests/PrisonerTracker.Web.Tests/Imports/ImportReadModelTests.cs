using System.Net;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Imports;

/// <summary>An import refreshes the status read model once, at the end; the result is what a full rebuild gives.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class ImportReadModelTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> PeriodsAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.Database.SqlQueryRaw<string>(
            "SELECT concat_ws('|', detainee_id, threshold, valid_from, valid_to, status, unverified_kind) AS \"Value\" FROM status_periods ORDER BY 1").ToListAsync();
    }

    [Fact]
    public async Task ImportedPeopleHaveTheStatusPeriodsARebuildWouldGiveThem()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var before = await PeriodsAsync();
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync("/api/v1/imports/detainees?dryRun=false", ImportFiles.Csv(ImportFiles.SpanishExcel()))).StatusCode);
        var imported = await PeriodsAsync();

        await using (var db = app.Database.CreateContext())
            await db.Database.ExecuteSqlRawAsync("SELECT rebuild_status_periods()");
        var rebuilt = await PeriodsAsync();

        Assert.True(imported.Count > before.Count, "the import added no status periods");
        Assert.Equal(rebuilt, imported);
    }
}
