using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure.Auditing;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Security;

/// <summary>The audit log: written with the change, append-only for the app, restricted values masked, readable by staff.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class AuditLogTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(demo: false);
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("UPDATE audit_entries SET actor_name = 'someone else'")]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("TRUNCATE audit_entries")]
    public async Task TheAppRoleCannotRewriteOrRemoveAuditEntries(string sql)
    {
        await app.AddAsync("Audited Person");
        await using var db = app.Database.CreateContext(asApp: true);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.NotEqual(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task AnApiWriteIsAuditedWithItsActorAndRestrictedValuesMasked()
    {
        var admin = await app.ClientWithKeyAsync(StaffRole.Admin, "Audit desk");
        var created = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees",
            new { name = "Auditada", occupation = "teacher", restricted = new { nationalId = "SENTINEL-AUDIT-ID", healthNotes = "SENTINEL-AUDIT-HEALTH" } })).JsonAsync();
        var id = Guid.Parse(created.GetProperty("id").GetString()!);

        await using var db = app.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.RecordId == id);
        Assert.Equal(("create", "detainee", "Audit desk"), (entry.Action, entry.RecordType, entry.ActorName));
        Assert.StartsWith("api-key:", entry.ActorId);
        Assert.Contains("\"restricted.nationalId\":{\"Before\":null,\"After\":\"(restricted)\"}", entry.Changes);
        Assert.Contains("\"occupation\":{\"Before\":null,\"After\":\"teacher\"}", entry.Changes);
        Assert.DoesNotContain("SENTINEL", entry.Changes);
        Assert.Null(await AuditChain.VerifyAsync(db, CancellationToken.None));
    }

    [Fact]
    public async Task ReviewDecisionsAndDeletionsAreAuditedByWhatTheyAre()
    {
        var id = await app.AddAsync("Reviewed Person");
        await using (var db = app.CreateDbContext())
        {
            var person = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Id == id);
            var pending = person.RecordRelease(new EventDetails(new DateOnly(2026, 1, 20), Confidence.Verified, "entry"), app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            person.ReviewEvent(pending.Id, "second reviewer", approve: true, app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            person.MarkDeleted(app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
        await using var check = app.CreateDbContext();
        var actions = await check.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action + " " + a.RecordType).ToListAsync();
        Assert.Equal(["create detainee", "create event", "create event", "review event", "delete detainee"], actions.Where(a => a != "update detainee"));
    }

    [Fact]
    public async Task AFailedWriteLeavesNoAuditEntry()
    {
        await app.AddAsync("Before The Failure");
        await using var db = app.CreateDbContext();
        var before = await db.AuditEntries.CountAsync();
        // An event of a person who does not exist: the database refuses the whole save.
        var orphan = new Domain.Detainees.Detainee(new Domain.Detainees.PersonalDetails("Orphan"));
        var arrest = orphan.RecordArrest(new EventDetails(new DateOnly(2026, 1, 2), Confidence.Verified, "entry"), app.Clock.GetUtcNow());
        db.Events.Add(arrest);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        await using var check = app.CreateDbContext();
        Assert.Equal(before, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task StaffReadARecordsHistoryFromTheApiAndTheAnonymousAreRefused()
    {
        var id = await app.AddAsync("History Person");
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);

        var page = await editor.GetJsonAsync($"/api/v1/audit?recordType=detainee&recordId={id}");
        Assert.Equal("create", page.GetProperty("items")[0].GetProperty("action").GetString());
        var anonymous = await app.CreateClient().GetAsync("/api/v1/audit");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        var invalid = await editor.GetAsync("/api/v1/audit?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("from", (await invalid.JsonAsync()).ErrorFields());
    }
}
