using System.Diagnostics;
using PrisonerTracker.Infrastructure.Synthetic;
using PrisonerTracker.Testing;

namespace PrisonerTracker.Benchmarks;

/// <summary>
/// Generates a synthetic dataset into fresh databases (timing each generation), then times the
/// heavy read paths on the last one. Usage:
/// <c>dotnet run -c Release --project tests/PrisonerTracker.Benchmarks -- [--runs N] [--generations N] [--out FILE] [--keep] [generate options]</c>.
/// The PostgreSQL server is the one the tests use (<c>TRACKER_TEST_POSTGRES</c>).
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        HarnessOptions harness;
        SyntheticOptions options;
        try
        {
            (harness, var rest) = HarnessOptions.Parse(args);
            options = SyntheticOptions.Parse(rest);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine($"Usage: {HarnessOptions.Usage}, then the options of {SyntheticOptions.Usage}");
            return 2;
        }

        if (harness.ImportRows is { } importRows)
        {
            // The import scenario stands alone: an empty register, one file, no synthetic dataset.
            var imported = await ImportBenchmark.RunAsync(importRows);
            if (harness.Output is not null) await File.WriteAllTextAsync(harness.Output, imported);
            return 0;
        }

        Console.WriteLine($"Dataset: {options.Detainees} detainees, {options.Facilities} facilities, {options.Events} events, " +
            $"{options.Announcements} announcements, seed {options.Seed}");
        var loadAtStart = Report.LoadAverage();
        var generations = new List<(double Total, SyntheticResult Result)>();
        TestDatabase? database = null;
        try
        {
            for (var i = 0; i < harness.Generations; i++)
            {
                if (database is not null) await database.DisposeAsync();
                database = await TestDatabase.CreateAsync("bench");
                var clock = Stopwatch.StartNew();
                var result = await SyntheticGenerator.GenerateAsync(database.ConnectionString, options, TestKeys.Protector);
                generations.Add((clock.Elapsed.TotalMilliseconds, result));
                Console.WriteLine($"  generation {i + 1}: {clock.Elapsed.TotalSeconds:F1} s " +
                    $"(built {result.BuildTime.TotalSeconds:F1} s, written {result.WriteTime.TotalSeconds:F1} s)");
            }

            var consistency = await ConsistencyCheck.RunAsync(database!, Scenarios.AsOf);
            Console.WriteLine($"  {consistency}");
            var measurements = await new Scenarios(database!, harness.Warmups, harness.Runs).RunAsync();

            var report = await Report.WriteAsync(database!, options, harness, loadAtStart, generations, consistency, measurements);
            Console.WriteLine();
            Console.WriteLine(report);
            if (harness.Output is not null) await File.WriteAllTextAsync(harness.Output, report);
            if (harness.Keep) Console.WriteLine($"Kept database {database!.Name}.");
            return consistency.StartsWith("agree", StringComparison.Ordinal) ? 0 : 1;
        }
        finally
        {
            if (database is not null && !harness.Keep) await database.DisposeAsync();
        }
    }
}
