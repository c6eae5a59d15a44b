using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.DemoData;
using PrisonerTracker.Web.Features.ApiKeys;

namespace PrisonerTracker.Web.Hosting;

/// <summary>Maintenance commands run with the app's configuration: <c>dotnet PrisonerTracker.Web.dll seed-demo</c>.</summary>
public static class Commands
{
    private static readonly string[] Names = ["migrate", "seed-demo", "create-api-key", "revoke-api-key", "create-admin", "generate", "rebuild-status", "rotate-keys", "verify-audit"];

    public static bool IsCommand(string arg) => Names.Contains(arg);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        // Maintenance (migrations, rebuilds, imports of a whole dataset) runs as long as it needs: no statement timeout.
        db.Database.SetConnectionString(TrackerDatabase.WithSessionSettings(app.Services.GetRequiredService<ScaleOut.DatabaseConnections>().Primary));
        var log = app.Logger;
        switch (args[0])
        {
            case "migrate":
                return await SecurityCommands.MigrateAsync(app, log);
            case "seed-demo":
                var demo = await DemoDataLoader.LoadAsync(db);
                log.LogInformation(demo.Loaded
                    ? "Demo data loaded: {Detainees} detainees, {Events} events, {Announcements} announcements"
                    : "Demo data already present; nothing changed", demo.Detainees, demo.Events, demo.Announcements);
                return 0;
            case "create-api-key":
                return await ApiKeyCommands.CreateAsync(scope.ServiceProvider.GetRequiredService<ApiKeyService>(), args, log);
            case "revoke-api-key":
                return await ApiKeyCommands.RevokeAsync(scope.ServiceProvider.GetRequiredService<ApiKeyService>(), args, log);
            case "rebuild-status":
                log.LogInformation("Status read model rebuilt from the events: {Periods} periods",
                    await Infrastructure.ReadModel.StatusReadModel.RebuildAsync(db));
                return 0;
            case "create-admin":
                return await CreateAdminCommand.RunAsync(scope.ServiceProvider, app.Configuration, args, log);
            case "generate":
                // Bulk loading suspends indexes and triggers, which only the owner of the tables may do.
                await using (var owner = SecurityCommands.OwnerContext(app))
                    return await GenerateCommand.RunAsync(owner ?? db, args[1..], log);
            case "rotate-keys":
                return await SecurityCommands.RotateKeysAsync(db, log);
            case "verify-audit":
                return await SecurityCommands.VerifyAuditAsync(db, log);
            default:
                log.LogError("Unknown command {Command}", args[0]);
                return 2;
        }
    }
}
