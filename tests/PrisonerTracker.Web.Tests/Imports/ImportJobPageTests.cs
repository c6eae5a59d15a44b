using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Web.Tests.Support;
using static PrisonerTracker.Web.Tests.Imports.ImportSteps;

namespace PrisonerTracker.Web.Tests.Imports;

/// <summary>Confirmed imports run as jobs: once however often confirmed, only for their uploader, failed (and retried) after a crash.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class ImportJobPageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(int People, int Imports)> CountsAsync()
    {
        await using var db = app.CreateDbContext();
        return (await db.Detainees.CountAsync(), await db.AuditEntries.CountAsync(a => a.Action == "import"));
    }

    [Fact]
    public async Task ConfirmingTheSameUploadTwiceAtOnceRunsItOnce()
    {
        var client = await SignedInAsync(app, "twice@example.org");
        var before = await CountsAsync();
        var preview = await UploadAsync(client, ImportFiles.SpanishExcel());

        var confirmations = await Task.WhenAll(ConfirmAsync(client, preview), ConfirmAsync(client, preview));
        Assert.All(confirmations, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));
        Assert.Single(confirmations.Select(c => c.Headers.Location!.ToString()).Distinct());
        Assert.Contains("data-testid=\"import-result\"", await FinishedPageAsync(client, confirmations[0].Headers.Location!.ToString()));
        var again = await ConfirmAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("data-testid=\"import-result\"", await FinishedPageAsync(client, again.Headers.Location!.ToString()));
        Assert.Equal((before.People + 3, before.Imports + 1), await CountsAsync());
        var back = await client.GetAsync(preview);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(again.Headers.Location, back.Headers.Location);
    }

    [Fact]
    public async Task AnotherAccountCannotSeeConfirmOrFollowSomeoneElsesImport()
    {
        var owner = await SignedInAsync(app, "owner@example.org");
        var other = await SignedInAsync(app, "other@example.org");
        var before = await CountsAsync();
        var preview = await UploadAsync(owner, ImportFiles.SpanishExcel());
        var status = $"/workspace/import/{IdOf(preview)}";

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(preview)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ConfirmAsync(other, preview)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(status)).StatusCode);
        Assert.Equal(before, await CountsAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(owner, preview)).StatusCode);
        Assert.Contains("data-testid=\"import-result\"", await FinishedPageAsync(owner, status));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(status)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{status}?handler=progress")).StatusCode);
    }

    [Fact]
    public async Task JobWhoseWorkerStoppedIsReportedFailedWritesNothingAndCanBeConfirmedAgain()
    {
        var client = await SignedInAsync(app, "crash@example.org");
        var before = await CountsAsync();
        var preview = await UploadAsync(client, ImportFiles.SpanishExcel());
        // As a server that claimed the job and died: running, its last heartbeat long ago, its transaction gone.
        await ExecuteAsync("UPDATE import_jobs SET status = 'Running', queued_at = @at, heartbeat_at = @at, rows_done = 2, rows_total = 3 WHERE id = @id",
            ("id", Guid.Parse(IdOf(preview))), ("at", app.Clock.Now.AddMinutes(-5)));

        var failed = await FinishedPageAsync(client, $"/workspace/import/{IdOf(preview)}");
        Assert.Contains("data-error=\"interrupted\"", failed);
        Assert.Contains("data-testid=\"retry\"", failed);
        Assert.Equal(before, await CountsAsync());

        Assert.Contains("data-testid=\"confirm-form\"", await client.GetStringAsync(preview));
        var again = await ConfirmAsync(client, preview);
        Assert.Contains("data-testid=\"import-result\"", await FinishedPageAsync(client, again.Headers.Location!.ToString()));
        Assert.Equal((before.People + 3, before.Imports + 1), await CountsAsync());
    }

    [Fact]
    public async Task UploadedFileIsEncryptedInTheDatabaseAndForgottenOnceImported()
    {
        var client = await SignedInAsync(app, "secret@example.org");
        var preview = await UploadAsync(client, ImportFiles.SpanishExcel());
        var id = Guid.Parse(IdOf(preview));

        var stored = (string)(await ScalarAsync("SELECT content FROM import_jobs WHERE id = @id", ("id", id)))!;
        Assert.StartsWith("v1:", stored);
        Assert.DoesNotContain("14.523.678", stored);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM import_jobs WHERE content LIKE '%14.523.678%' OR content LIKE @plain",
            ("plain", "%" + Convert.ToBase64String(ImportFiles.SpanishExcel())[..40] + "%")));

        await FinishedPageAsync(client, (await ConfirmAsync(client, preview)).Headers.Location!.ToString());
        Assert.Equal(DBNull.Value, await ScalarAsync("SELECT content FROM import_jobs WHERE id = @id", ("id", id)));
        Assert.StartsWith("v1:", (string)(await ScalarAsync("SELECT result FROM import_jobs WHERE id = @id", ("id", id)))!);
    }

    [Fact]
    public async Task ExpiredUploadIsDeletedWhenTheNextOneArrives()
    {
        var client = await SignedInAsync(app, "late@example.org");
        var first = await UploadAsync(client, ImportFiles.SpanishExcel());
        app.Clock.Now = app.Clock.Now.AddMinutes(31);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(first)).StatusCode);
        await UploadAsync(client, ImportFiles.WithBadRow());
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM import_jobs WHERE id = @id", ("id", Guid.Parse(IdOf(first)))));
    }

    [Fact]
    public async Task SpanishReadersFollowTheImportInSpanish()
    {
        var client = await SignedInAsync(app, "es@example.org");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var preview = await UploadAsync(client, ImportFiles.SpanishExcel());
        await ExecuteAsync("UPDATE import_jobs SET status = 'Running', queued_at = @at, heartbeat_at = @at, rows_done = 1, rows_total = 3 WHERE id = @id",
            ("id", Guid.Parse(IdOf(preview))), ("at", app.Clock.Now));

        var running = WebUtility.HtmlDecode(await client.GetStringAsync($"/workspace/import/{IdOf(preview)}"));
        Assert.Contains("<html lang=\"es\">", running);
        Assert.Contains("1 de 3 filas", running);
        await ExecuteAsync("UPDATE import_jobs SET status = 'Failed' WHERE id = @id", ("id", Guid.Parse(IdOf(preview))));

        var done = await FinishedPageAsync(client, (await ConfirmAsync(client, preview)).Headers.Location!.ToString());
        Assert.Contains("Importación terminada", done);
        Assert.Contains("cola de revisión", done);
    }

    private async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] values)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in values) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteScalarAsync();
    }

    private Task ExecuteAsync(string sql, params (string Name, object Value)[] values) => ScalarAsync(sql, values);
}
