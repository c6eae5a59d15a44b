using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Synthetic;

namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// <c>generate [--detainees N] [--facilities N] [--events N] [--announcements N] [--seed N]</c>: fills an
/// empty database with labelled synthetic data for benchmarks and load tests.
/// </summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(TrackerDbContext db, IReadOnlyList<string> args, ILogger log)
    {
        SyntheticOptions options;
        try
        {
            options = SyntheticOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            log.LogError("{Message}", e.Message);
            return 2;
        }

        // A fresh database is the normal target, so bring its schema up first.
        await db.Database.MigrateAsync();
        try
        {
            var result = await SyntheticGenerator.GenerateAsync(db.Database.GetConnectionString()!, options, db.Protector!);
            log.LogInformation(
                "Synthetic data generated (seed {Seed}): {Detainees} detainees, {Facilities} facilities, {Events} events, " +
                "{Announcements} announcements; built in {Build:F1} s, written in {Write:F1} s",
                options.Seed, result.Detainees, result.Facilities, result.Events, result.Announcements,
                result.BuildTime.TotalSeconds, result.WriteTime.TotalSeconds);
            return 0;
        }
        catch (SyntheticTargetNotEmptyException e)
        {
            log.LogError("{Message}", e.Message);
            return 3;
        }
    }
}
