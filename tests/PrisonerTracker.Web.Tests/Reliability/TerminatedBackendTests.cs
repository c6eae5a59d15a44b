using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Reliability;

/// <summary>
/// Every session the app holds is killed with <c>pg_terminate_backend</c> (an operator, a failover, a
/// crashed backend). Reads and audited saves are replayed on a new connection by the execution
/// strategy; a write inside the Idempotency-Key transaction is answered 503 and its retry with the same
/// key succeeds once. Never a 500.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class TerminatedBackendTests(TrackerApp app) : IAsyncLifetime
{
    // A cookie other than the language's bypasses the public output cache: every read runs its queries.
    private const string Uncached = "bench=uncached";

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadsAfterEveryBackendIsTerminatedAreRetriedAndSucceed()
    {
        var client = app.CreateClient();
        foreach (var url in new[] { "/api/v1/stats/summary", "/api/v1/detainees?limit=5", "/api/v1/facilities", "/" })
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, url)).StatusCode);
            Assert.True(await TerminateAppSessionsAsync() > 0, "the app held no session to terminate");
            var response = await GetAsync(client, url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task AuditedWriteAfterEveryBackendIsTerminatedIsSavedOnceWithItsAuditEntry()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/v1/detainees?limit=1")).StatusCode);
        await TerminateAppSessionsAsync();

        var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Ana Reintentada" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = app.CreateDbContext();
        var id = await db.Detainees.Where(d => d.Name == "Ana Reintentada").Select(d => d.Id).SingleAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.RecordId == id && a.Action == "create"));
    }

    [Fact]
    public async Task IdempotentWriteCutOffByATerminatedBackendSucceedsOnceWhenRetriedWithItsKey()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/v1/detainees?limit=1")).StatusCode);
        await TerminateAppSessionsAsync();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3 && statuses.LastOrDefault() != HttpStatusCode.Created; attempt++)
            statuses.Add((await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Ana Con Clave" }, idempotencyKey: "cut-1")).StatusCode);

        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable }));
        Assert.Equal(HttpStatusCode.Created, statuses[^1]);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.Detainees.CountAsync(d => d.Name == "Ana Con Clave"));
    }

    [Fact]
    public async Task ConcurrentRequestsWhileBackendsAreTerminatedNeverAnswerInternalServerError()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var reader = app.CreateClient();
        using var done = new CancellationTokenSource();
        var terminations = 0;
        var terminator = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested) terminations += await TerminateAppSessionsAsync();
        });
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 20; i++)
                statuses.Add(i % 4 == 0
                    ? (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = $"Carga {worker}-{i}" })).StatusCode
                    : (await GetAsync(reader, i % 2 == 0 ? "/api/v1/stats/summary" : "/api/v1/detainees?limit=20")).StatusCode);
            return statuses;
        })).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(s => s).ToList();
        await done.CancelAsync();
        await terminator;

        Assert.True(terminations > 0, "no session was terminated while the requests ran");
        Assert.All(all, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable }));
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", Uncached);
        return client.SendAsync(request);
    }

    /// <summary>Terminates the app role's sessions on this test database and waits until they are gone; returns how many.</summary>
    private async Task<int> TerminateAppSessionsAsync()
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var kill = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000))::int FROM pg_stat_activity " +
            "WHERE datname = current_database() AND usename = 'tracker_app' AND pid <> pg_backend_pid()", connection);
        return (int)(await kill.ExecuteScalarAsync() ?? 0);
    }
}
