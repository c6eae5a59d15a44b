using System.Net;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Caching;

/// <summary>
/// Anonymous reads are served from the output cache (a cached answer carries <c>Age</c>); a committed
/// write evicts them, whether it came through the API or as plain SQL; staff never share the cache.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class OutputCacheTests(TrackerApp app) : IAsyncLifetime
{
    private const string Summary = "/api/v1/stats/summary?asOf=2026-01-20";

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(Summary)]
    [InlineData("/?asOf=2026-01-20")]
    [InlineData("/detainees?asOf=2026-01-20")]
    public async Task SecondAnonymousReadIsServedFromTheCache(string url)
    {
        var reader = app.CreateClient();
        var first = await reader.GetAsync(url);
        var second = await reader.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StaffAreNeverServedFromThePublicCache()
    {
        await app.CreateClient().GetAsync(Summary);
        await app.CreateClient().GetAsync(Summary);
        var staff = await app.ClientWithKeyAsync(StaffRole.Editor);

        var response = await staff.GetAsync(Summary);

        Assert.Null(response.Headers.Age);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task LanguagesAreCachedApart()
    {
        var english = await app.CreateClient().GetStringAsync("/?asOf=2026-01-20");
        var spanish = app.CreateClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        Assert.NotEqual(english, await spanish.GetStringAsync("/?asOf=2026-01-20"));
    }

    [Fact]
    public async Task AnApprovedFactThroughTheApiShowsAtOnce()
    {
        var reader = app.CreateClient();
        var before = await HeldAsync(reader);
        await reader.GetAsync(Summary);
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Cache desk A");
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Cache desk B");
        var person = (await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Cache Test Person" })).JsonAsync()).GetProperty("id").GetGuid();
        var recorded = await (await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events",
            new { kind = "Arrested", date = "2026-01-06", confidence = "Verified" })).JsonAsync();
        await reviewer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{recorded.GetProperty("id").GetGuid()}/review", new { decision = "approve" });

        Assert.Equal(before + 1, await HeldAsync(reader));
    }

    [Fact]
    public async Task AChangeMadeOutsideTheAppEvictsTheCache()
    {
        var reader = app.CreateClient();
        var before = await HeldAsync(reader);
        Assert.Equal(before, await HeldAsync(reader));
        await using (var db = app.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE detainees SET deleted_at = '2026-01-31T13:00:00Z', updated_at = '2026-01-31T13:00:00Z'
                WHERE id = (SELECT s.detainee_id FROM status_periods s JOIN detainees d ON d.id = s.detainee_id AND NOT d.withheld
                            WHERE s.threshold = 'Verified' AND s.status = 'Held' AND s.valid_from <= '2026-01-20'
                              AND (s.valid_to IS NULL OR s.valid_to > '2026-01-20')
                            ORDER BY s.detainee_id LIMIT 1)
                """);

        // PostgreSQL delivers the notification at commit; the listener evicts within milliseconds (a loaded machine gets a margin).
        var deadline = DateTime.UtcNow.AddSeconds(5);
        var held = await HeldAsync(reader);
        while (held == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            held = await HeldAsync(reader);
        }
        Assert.Equal(before - 1, held);
    }

    private static async Task<int> HeldAsync(HttpClient reader) =>
        (await reader.GetJsonAsync(Summary)).GetProperty("register").GetProperty("held").GetInt32();
}
