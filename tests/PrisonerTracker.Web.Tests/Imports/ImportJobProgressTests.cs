using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Web.Tests.Support;
using static PrisonerTracker.Web.Tests.Imports.ImportSteps;

namespace PrisonerTracker.Web.Tests.Imports;

/// <summary>A big import's progress is visible from any instance while its one transaction has written nothing visible yet.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class ImportJobProgressTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> PeopleAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.Detainees.CountAsync();
    }

    [Fact]
    public async Task LargeFileShowsRowsWrittenWhileNothingOfItIsInTheRegisterYet()
    {
        var client = await SignedInAsync(app, "big@example.org");
        var before = await PeopleAsync();
        var preview = await UploadAsync(client, ManyPeople(2000));
        var id = Guid.Parse(IdOf(preview));

        // Holds the job at its last step (the rows' fingerprints), after its transaction has written every batch of people.
        await using var blocker = new NpgsqlConnection(app.Database.ConnectionString);
        await blocker.OpenAsync();
        await using (var hold = await blocker.BeginTransactionAsync())
        {
            await new NpgsqlCommand("LOCK TABLE imported_rows IN EXCLUSIVE MODE", blocker, hold).ExecuteNonQueryAsync();
            var status = (await ConfirmAsync(client, preview)).Headers.Location!.ToString();
            var seen = new List<int>();
            while (seen.LastOrDefault() < 2000 && seen.Count < 2000)
            {
                await using var read = new NpgsqlCommand("SELECT rows_done FROM import_jobs WHERE id = @id AND status = 'Running'", blocker, hold);
                read.Parameters.AddWithValue("id", id);
                if (await read.ExecuteScalarAsync() is int done) seen.Add(done);
                await Task.Delay(50);
            }
            Assert.Equal(seen.Order(), seen);

            var running = WebUtility.HtmlDecode(await client.GetStringAsync(status));
            Assert.Contains("data-status=\"Running\"", running);
            Assert.Contains("data-rows-done=\"2000\" data-rows-total=\"2000\"", running);
            Assert.Contains("2000 of 2000 rows", running);
            Assert.Equal(before, await PeopleAsync());
            await hold.RollbackAsync();

            Assert.Contains("data-testid=\"import-result\"", await FinishedPageAsync(client, status));
        }
        Assert.Equal(before + 2000, await PeopleAsync());
    }

    [Fact]
    public async Task UploadOnOneInstanceIsPreviewedAndConfirmedOnAnother()
    {
        await using var second = new SecondInstance(app);
        var onFirst = await SignedInAsync(app, "two.instances@example.org");
        var onSecond = await SignedInAsync(second, "two.instances@example.org", create: false);
        var before = await PeopleAsync();

        var preview = await UploadAsync(onFirst, ImportFiles.SpanishExcel());
        Assert.Contains("data-testid=\"confirm-form\"", await onSecond.GetStringAsync(preview));
        var confirmed = await ConfirmAsync(onSecond, preview);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        Assert.Contains("data-testid=\"import-result\"", await FinishedPageAsync(onFirst, confirmed.Headers.Location!.ToString()));
        Assert.Equal(before + 3, await PeopleAsync());
    }
}
