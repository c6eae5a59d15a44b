using System.Diagnostics;

namespace PrisonerTracker.Benchmarks;

/// <summary>Wall-clock timings of one operation: warm-up runs first (JIT, plan cache, buffer cache), then measured runs.</summary>
internal sealed record Measurement(string Name, string What, IReadOnlyList<double> Milliseconds, string Result)
{
    public double Median => Percentile(0.5);
    public double P95 => Percentile(0.95);
    public double Min => Milliseconds.Min();
    public double Max => Milliseconds.Max();

    /// <summary>Nearest-rank percentile: with 20 runs, p95 is the 19th fastest.</summary>
    public double Percentile(double p)
    {
        var sorted = Milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static async Task<Measurement> RunAsync(string name, string what, int warmups, int runs, Func<Task<string>> operation)
    {
        var result = "";
        for (var i = 0; i < warmups; i++) result = await operation();
        var timings = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            result = await operation();
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
        var measurement = new Measurement(name, what, timings, result);
        Console.WriteLine($"  {name,-34} median {measurement.Median,8:F1} ms   ({result})");
        return measurement;
    }
}
