using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Npgsql;
using PrisonerTracker.Infrastructure.Synthetic;
using PrisonerTracker.Testing;

namespace PrisonerTracker.Benchmarks;

/// <summary>The results as a Markdown section, ready to paste into docs/benchmarks.md.</summary>
internal static class Report
{
    public static async Task<string> WriteAsync(TestDatabase database, SyntheticOptions options, HarnessOptions harness, string loadAtStart,
        IReadOnlyList<(double Total, SyntheticResult Result)> generations, string consistency, IReadOnlyList<Measurement> measurements)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.AppendLine(line);
        string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

        Line($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, " +
            $"{await ServerVersionAsync(database)}; load average {loadAtStart} at the start, {LoadAverage()} at the end.");
        Line($"Dataset: {options.Detainees} detainees, {options.Facilities} facilities, {options.Events} events, " +
            $"{options.Announcements} announcements, seed {options.Seed}.");
        Line($"Runs: {harness.Warmups} warm-up, then {harness.Runs} measured ({Math.Max(3, harness.Runs / 4)} for the time series).");
        Line();
        Line("| Generation | total s | built s | written s |");
        Line("| --- | ---: | ---: | ---: |");
        for (var i = 0; i < generations.Count; i++)
        {
            var (total, result) = generations[i];
            Line($"| run {i + 1} | {total / 1000:F1} | {result.BuildTime.TotalSeconds:F1} | {result.WriteTime.TotalSeconds:F1} |");
        }
        var median = new Measurement("", "", [.. generations.Select(g => g.Total / 1000)], "").Median;
        Line($"| **median** | **{median:F1}** | | |");
        Line();
        Line($"Consistency: {consistency}.");
        Line();
        Line("| Query | What | median ms | p95 ms | min ms | max ms | runs | result |");
        Line("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var m in measurements)
            Line($"| {m.Name} | {m.What} | {Ms(m.Median)} | {Ms(m.P95)} | {Ms(m.Min)} | {Ms(m.Max)} | {m.Milliseconds.Count} | {m.Result} |");
        return text.ToString();
    }

    /// <summary>Other work on the machine inflates every figure; the load average says how much there was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task<string> ServerVersionAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return $"PostgreSQL {connection.PostgreSqlVersion}";
    }
}
