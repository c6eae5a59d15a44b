using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Auditing;
using PrisonerTracker.Infrastructure.Protection;

namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// <c>migrate</c> (as the owner role, then granting the app role its rights), <c>rotate-keys</c>
/// and <c>verify-audit</c>. The owner's connection string is <c>ConnectionStrings__TrackerOwner</c>;
/// without it, the app's own connection is used and no grants are made.
/// </summary>
internal static class SecurityCommands
{
    public static TrackerDbContext? OwnerContext(WebApplication app)
    {
        var owner = app.Configuration.GetConnectionString("TrackerOwner");
        if (string.IsNullOrEmpty(owner)) return null;
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        TrackerDatabase.Configure(options, owner);
        return new TrackerDbContext(options.Options, app.Services.GetRequiredService<TimeProvider>(), app.Services.GetRequiredService<FieldProtector>());
    }

    public static async Task<int> MigrateAsync(WebApplication app, ILogger log)
    {
        await using var owner = OwnerContext(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = owner ?? scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        // A migration that rebuilds a read model reads every event: minutes at 100,000 people, not the 30 s of a request.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.MigrateAsync();
        var appRole = new NpgsqlConnectionStringBuilder(app.Configuration.GetConnectionString("Tracker")).Username;
        var ownerRole = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Username;
        if (owner is not null && appRole is not null && appRole != ownerRole)
        {
            await DatabaseRoles.GrantAppRoleAsync(db, appRole, CancellationToken.None);
            log.LogInformation("Database is up to date; role {AppRole} may read and write records and only append to the audit log", appRole);
        }
        else
            log.LogWarning("Database is up to date, but the app connects as the owner: set ConnectionStrings__TrackerOwner so the audit log is append-only for the app");
        return 0;
    }

    public static async Task<int> RotateKeysAsync(TrackerDbContext db, ILogger log)
    {
        try
        {
            var rewritten = await KeyRotation.RotateAsync(db, CancellationToken.None);
            log.LogInformation("Re-encrypted {Values} values under key {KeyId}; keys no longer named by any value may now be removed",
                rewritten, db.Protector!.CurrentKeyId);
            return 0;
        }
        catch (TamperedValueException e)
        {
            log.LogError("Key rotation stopped, nothing changed: {Reason}", e.Message);
            return 1;
        }
    }

    public static async Task<int> VerifyAuditAsync(TrackerDbContext db, ILogger log)
    {
        var broken = await AuditChain.VerifyAsync(db, CancellationToken.None);
        if (broken is null)
        {
            log.LogInformation("Audit log intact: {Entries} entries, every link holds", await db.AuditEntries.CountAsync());
            return 0;
        }
        log.LogError("Audit log broken at entry {EntryId}: it was altered, or an entry before it was removed", broken);
        return 1;
    }
}
