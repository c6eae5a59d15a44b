using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.ScaleOut;

/// <summary>
/// The standby stops replaying (<c>pg_wal_replay_pause()</c>), as a lagging one would: a key still
/// reads its own write, and a page cached from the stale standby is evicted once it catches up.
/// </summary>
[Collection(ScaleOutCollection.Name)]
[Trait("Category", "ScaleOut")]
public sealed class LaggingStandbyTests(ScaleOutCluster cluster)
{
    private const string Dashboard = "/?asOf=2026-01-31";

    [Fact]
    public async Task AKeyReadsItsOwnWriteOnTheOtherInstanceWhileTheStandbyLags()
    {
        var writer = cluster.Keyed(cluster.A, "writer-c");
        var writerOnB = cluster.Keyed(cluster.B, "writer-c");
        var otherOnB = cluster.Keyed(cluster.B, "reader-d");
        await cluster.Postgres.ScalarAsync(cluster.Postgres.StandbyPort, "SELECT pg_wal_replay_pause()");
        HttpStatusCode ownRead, otherRead;
        Guid person;
        try
        {
            var created = await writer.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Scale-out Lagging Person" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            person = (await created.JsonAsync()).GetProperty("id").GetGuid();

            ownRead = (await writerOnB.GetAsync($"/api/v1/detainees/{person}")).StatusCode;
            otherRead = (await otherOnB.GetAsync($"/api/v1/detainees/{person}")).StatusCode;
        }
        finally
        {
            await cluster.Postgres.ScalarAsync(cluster.Postgres.StandbyPort, "SELECT pg_wal_replay_resume()");
        }

        Assert.Equal(HttpStatusCode.OK, ownRead);
        // Another key that has not written reads the standby, which has not replayed the write yet...
        Assert.Equal(HttpStatusCode.NotFound, otherRead);
        // ...and sees it once the standby catches up.
        var caughtUp = otherRead;
        for (var attempt = 0; attempt < 100 && caughtUp != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(100);
            caughtUp = (await otherOnB.GetAsync($"/api/v1/detainees/{person}")).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, caughtUp);
    }

    [Fact]
    public async Task APageCachedFromALaggingStandbyIsEvictedOnceItCatchesUp()
    {
        var reader = new SharedCookies().ClientFor(cluster.B);
        var before = PageFigures.Value(await reader.GetStringAsync(Dashboard), "held");
        await cluster.Postgres.ScalarAsync(cluster.Postgres.StandbyPort, "SELECT pg_wal_replay_pause()");
        int? stale;
        try
        {
            await cluster.RecordApprovedArrestAsync(cluster.A, "Scale-out Lagging Arrest");
            await reader.GetStringAsync(Dashboard);
            var cached = await reader.GetAsync(Dashboard);
            Assert.NotNull(cached.Headers.Age);
            stale = PageFigures.Value(await cached.Content.ReadAsStringAsync(), "held");
        }
        finally
        {
            await cluster.Postgres.ScalarAsync(cluster.Postgres.StandbyPort, "SELECT pg_wal_replay_resume()");
        }

        // Read from the paused standby and cached: the old figure...
        Assert.Equal(before, stale);
        // ...until the standby replays the write, which evicts it with no further write.
        var held = stale;
        for (var attempt = 0; attempt < 100 && held == before; attempt++)
        {
            await Task.Delay(100);
            held = PageFigures.Value(await reader.GetStringAsync(Dashboard), "held");
        }
        Assert.Equal(before + 1, held);
    }
}
