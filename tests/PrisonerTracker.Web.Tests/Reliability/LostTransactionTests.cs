using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Serilog.Core;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Reliability;

/// <summary>
/// The crash drill found an idempotent write answered 500: PostgreSQL died just after the endpoint's
/// save, Npgsql dropped the broken connection without throwing, and the Idempotency-Key middleware then
/// found its transaction "already completed". Here the transaction is ended under the endpoint (a
/// ROLLBACK on its connection right after the save, where the output cache is evicted): nothing was
/// committed, so the answer must be 503 with Retry-After, and the resend with the key succeeds once.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class LostTransactionTests(TrackerApp app) : IAsyncLifetime
{
    private const string LoseHeader = "X-Test-Lose-Transaction";

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task IdempotentWriteWhoseTransactionEndsAfterTheSaveIsAnswered503AndItsResendSucceedsOnce()
    {
        var log = new CapturedLog();
        await using var losing = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<ILogEventSink>(log);
            var original = s.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            s.AddSingleton<IOutputCacheStore>(p => new LosingStore((IOutputCacheStore)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(p) ?? ActivatorUtilities.CreateInstance(p, original.ImplementationType!)), p));
        }));
        var editor = await losing.ClientWithKeyAsync(StaffRole.Editor);

        var cut = new HttpRequestMessage(HttpMethod.Post, "/api/v1/detainees") { Content = JsonContent.Create(new { name = "Ana Cortada" }) };
        cut.Headers.Add("Idempotency-Key", "lost-1");
        cut.Headers.Add(LoseHeader, "1");
        var first = await editor.SendAsync(cut);

        Assert.True(first.StatusCode == HttpStatusCode.ServiceUnavailable, $"answered {(int)first.StatusCode}; the server logged:\n{log.Text}");
        Assert.True(first.Headers.RetryAfter is not null, "a 503 without Retry-After");
        await using (var db = app.CreateDbContext())
            Assert.Equal(0, await db.Detainees.CountAsync(d => d.Name == "Ana Cortada"));

        var resent = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Ana Cortada" }, idempotencyKey: "lost-1");

        Assert.Equal(HttpStatusCode.Created, resent.StatusCode);
        await using var after = app.CreateDbContext();
        Assert.Equal(1, await after.Detainees.CountAsync(d => d.Name == "Ana Cortada"));
    }

    /// <summary>The app's output cache store, which also ends the request's transaction once when the request asks.</summary>
    private sealed class LosingStore(IOutputCacheStore inner, IServiceProvider services) : IOutputCacheStore
    {
        public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            var context = services.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext;
            var db = context?.RequestServices.GetRequiredService<TrackerDbContext>();
            if (context?.Request.Headers.Remove(LoseHeader) == true && db?.Database.CurrentTransaction is not null)
                await db.Database.ExecuteSqlRawAsync("ROLLBACK", cancellationToken);
            await inner.EvictByTagAsync(tag, cancellationToken);
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}
