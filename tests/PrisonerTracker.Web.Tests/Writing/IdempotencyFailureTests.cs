using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

/// <summary>An Idempotency-Key under failure and concurrency: never a duplicate, never a stuck key.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class IdempotencyFailureTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RequestThatFailsAfterItsWriteLeavesNothingAndTheRetryCreatesOnce()
    {
        var crash = new CrashAfterSave("Ana Interrumpida");
        await using var failing = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.ConfigureDbContext<TrackerDbContext>(o => o.AddInterceptors(crash))));
        var editor = await failing.ClientWithKeyAsync(StaffRole.Editor);
        var person = new { name = "Ana Interrumpida" };

        var first = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", person, idempotencyKey: "k-crash");
        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(0, await CountAsync("Ana Interrumpida"));

        var retry = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", person, idempotencyKey: "k-crash");
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(1, await CountAsync("Ana Interrumpida"));
    }

    [Fact]
    public async Task ConcurrentRetriesWithOneKeyCreateOneRecordAndAllGetItsAnswer()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var person = new { name = "Ana Concurrente" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", person, idempotencyKey: "k-race")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Equal(1, await CountAsync("Ana Concurrente"));
    }

    private async Task<int> CountAsync(string name)
    {
        await using var db = app.CreateDbContext();
        return await db.Detainees.CountAsync(d => d.Name == name);
    }

    /// <summary>Fails the first save of the named person after the database accepted it, as a crash would.</summary>
    private sealed class CrashAfterSave(string name) : SaveChangesInterceptor
    {
        private int _crashed;

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
        {
            var saved = eventData.Context!.ChangeTracker.Entries<Detainee>().Any(e => e.Entity.Name == name);
            if (saved && Interlocked.Exchange(ref _crashed, 1) == 0) throw new InvalidOperationException("Simulated crash after the write.");
            return base.SavedChangesAsync(eventData, result, ct);
        }
    }
}
