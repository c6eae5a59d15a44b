using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace.People;

/// <summary>A reviewer merges a duplicate into the kept person and undoes it: facts, public reads and the status read model follow.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class MergeTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task MergeMovesEveryFactAndUnmergePutsEverythingBack()
    {
        await app.CreateUserAsync("reviewer@example.org", "Reviewer");
        var reviewer = app.CreateBrowserLikeClient();
        await reviewer.SignInAsync("reviewer@example.org");
        var (kept, duplicate, announcement) = await PickAsync();
        var before = await SnapshotAsync(kept, duplicate, announcement);
        Assert.NotEmpty(before.DuplicateEvents);

        var merged = await reviewer.PostFormAsync($"/workspace/people/{kept}/merge", new() { ["Input.DuplicateId"] = duplicate.ToString() });
        Assert.Equal("/workspace/people/merges", merged.Headers.Location?.ToString());

        var after = await SnapshotAsync(kept, duplicate, announcement);
        Assert.Empty(after.DuplicateEvents);
        Assert.Equal(before.KeptEvents.Concat(before.DuplicateEvents).Order(), after.KeptEvents.Order());
        Assert.Equal("[]", after.DuplicatePeriods);
        Assert.Contains(kept, after.Named);
        Assert.DoesNotContain(duplicate, after.Named);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/detainees/{duplicate}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/detainees/{duplicate}")).StatusCode);
        Assert.Equal(await PeriodsAsync(null), await RebuiltPeriodsAsync());
        Assert.Equal($"/workspace/people/{kept}/edit", (await reviewer.GetAsync($"/workspace/people/{duplicate}/edit")).Headers.Location?.ToString());
        await using (var db = app.CreateDbContext())
            Assert.True(await db.AuditEntries.AnyAsync(e => e.RecordType == "merge" && e.Action == "create"));

        var list = await reviewer.GetStringAsync("/workspace/people/merges");
        var mergeId = MergeRow().Match(list).Groups["id"].Value;
        var undone = await reviewer.PostFormAsync("/workspace/people/merges", [], $"/workspace/people/merges?handler=Undo&id={mergeId}");
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);

        var restored = await SnapshotAsync(kept, duplicate, announcement);
        Assert.Equal(before, restored);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/api/v1/detainees/{duplicate}")).StatusCode);
        Assert.Equal(await PeriodsAsync(null), await RebuiltPeriodsAsync());
    }

    [Fact]
    public async Task EditorCannotMergeOrUndo()
    {
        await app.CreateUserAsync("editor@example.org");
        var editor = app.CreateBrowserLikeClient();
        await editor.SignInAsync("editor@example.org");
        var (kept, duplicate, _) = await PickAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/workspace/people/{kept}/merge")).StatusCode);
        var token = Support.Workspace.Token(await editor.GetStringAsync($"/workspace/people/{kept}/edit"));
        var post = await editor.PostAsync($"/workspace/people/{kept}/merge", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.DuplicateId"] = duplicate.ToString() }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/workspace/people/merges")).StatusCode);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Merges.AnyAsync());
    }

    /// <summary>A person named by an announcement (the duplicate) and one it does not name (kept).</summary>
    private async Task<(Guid Kept, Guid Duplicate, Guid Announcement)> PickAsync()
    {
        await using var db = app.CreateDbContext();
        var announcement = await db.Announcements.Include(a => a.NamedDetainees).Where(a => a.NamedDetainees.Any()).OrderBy(a => a.Id).FirstAsync();
        var named = announcement.NamedDetainees.Select(d => d.Id).ToList();
        var duplicate = await db.Detainees.Where(d => named.Contains(d.Id) && d.Events.Any()).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var kept = await db.Detainees.Where(d => !named.Contains(d.Id) && d.Events.Any() && !d.Withheld).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        return (kept, duplicate, announcement.Id);
    }

    private sealed record Snapshot(string KeptEventsText, string DuplicateEventsText, string KeptPeriods, string DuplicatePeriods, string NamedText)
    {
        public IEnumerable<Guid> KeptEvents => KeptEventsText.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse);
        public IEnumerable<Guid> DuplicateEvents => DuplicateEventsText.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse);
        public IEnumerable<Guid> Named => NamedText.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse);
    }

    private async Task<Snapshot> SnapshotAsync(Guid kept, Guid duplicate, Guid announcement)
    {
        await using var db = app.CreateDbContext();
        async Task<string> Events(Guid id) => string.Join(',', (await db.Events.IgnoreQueryFilters().Where(e => e.DetaineeId == id).Select(e => e.Id).ToListAsync()).Order());
        var named = await db.Announcements.Where(a => a.Id == announcement).SelectMany(a => a.NamedDetainees.Select(d => d.Id)).ToListAsync();
        return new(await Events(kept), await Events(duplicate), await PeriodsAsync(kept), await PeriodsAsync(duplicate), string.Join(',', named.Order()));
    }

    private async Task<string> PeriodsAsync(Guid? detainee)
    {
        await using var db = app.CreateDbContext();
        return await db.Database.SqlQuery<string>($"""
            SELECT coalesce(jsonb_agg(to_jsonb(p) ORDER BY to_jsonb(p)::text), '[]')::text AS "Value"
            FROM status_periods p WHERE {detainee}::uuid IS NULL OR p.detainee_id = {detainee}
            """).SingleAsync();
    }

    /// <summary>What the read model should hold: computed afresh from the events (in a transaction rolled back).</summary>
    private async Task<string> RebuiltPeriodsAsync()
    {
        await using var db = app.Database.CreateContext(app.Clock);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.SqlQuery<long>($"SELECT rebuild_status_periods() AS \"Value\"").SingleAsync();
        var rebuilt = await db.Database.SqlQuery<string>($"""
            SELECT coalesce(jsonb_agg(to_jsonb(p) ORDER BY to_jsonb(p)::text), '[]')::text AS "Value" FROM status_periods p
            """).SingleAsync();
        await transaction.RollbackAsync();
        return rebuilt;
    }

    [GeneratedRegex("""data-testid="merge-row" data-id="(?<id>[0-9a-f-]{36})""")]
    private static partial Regex MergeRow();
}
