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
    public async Task JobReportedFailedWhileStillWritingCommitsNothingAndItsRetryRunsAlone()
    {
        var client = await SignedInAsync(app, "stalled@example.org");
        var before = await PeopleAsync();
        var preview = await UploadAsync(client, ManyPeople(600, "Atascada", 73_000_000));
        var id = Guid.Parse(IdOf(preview));

        await using var blocker = new NpgsqlConnection(app.Database.ConnectionString);
        await blocker.OpenAsync();
        string status;
        await using (var hold = await blocker.BeginTransactionAsync())
        {
            await new NpgsqlCommand("LOCK TABLE imported_rows IN EXCLUSIVE MODE", blocker, hold).ExecuteNonQueryAsync();
            status = (await ConfirmAsync(client, preview)).Headers.Location!.ToString();
            for (var seen = 0; seen < 600; await Task.Delay(50))
            {
                await using var read = new NpgsqlCommand("SELECT rows_done FROM import_jobs WHERE id = @id AND status = 'Running'", blocker, hold);
                read.Parameters.AddWithValue("id", id);
                seen = await read.ExecuteScalarAsync() as int? ?? 0;
            }
            // As the sweep does when a heartbeat is late: the user is told it failed and nothing was written.
            await using var fail = new NpgsqlCommand("UPDATE import_jobs SET status = 'Failed', error = 'interrupted|stalled' WHERE id = @id", blocker, hold);
            fail.Parameters.AddWithValue("id", id);
            await fail.ExecuteNonQueryAsync();
            await hold.CommitAsync();
        }
        // Confirmed again at once: the stalled attempt must neither commit nor mark the new one failed.
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(client, preview)).StatusCode);

        var result = await FinishedPageAsync(client, status);
        Assert.Contains("presos.csv: 600 people", result);
        Assert.Equal(before + 600, await PeopleAsync());
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "import"));
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
