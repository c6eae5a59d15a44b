using System.Globalization;

namespace PrisonerTracker.Benchmarks;

/// <summary>The harness's own options; everything else is passed on to the generator.</summary>
internal sealed record HarnessOptions(int Runs, int Warmups, int Generations, string? Output, bool Keep, int? ImportRows = null)
{
    public const string Usage = "[--runs N] [--warmups N] [--generations N] [--out FILE] [--keep] [--import ROWS]";

    public static (HarnessOptions Options, List<string> Remaining) Parse(IReadOnlyList<string> args)
    {
        var options = new HarnessOptions(Runs: 20, Warmups: 3, Generations: 3, Output: null, Keep: false);
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--runs" => options with { Runs = Positive("--runs", Value()) },
                "--warmups" => options with { Warmups = Positive("--warmups", Value(), min: 0) },
                "--generations" => options with { Generations = Positive("--generations", Value()) },
                "--out" => options with { Output = Value() },
                "--keep" => options with { Keep = true },
                "--import" => options with { ImportRows = Positive("--import", Value()) },
                _ => Pass(options, rest, args[i]),
            };
        }
        return (options, rest);
    }

    private static HarnessOptions Pass(HarnessOptions options, List<string> rest, string arg)
    {
        rest.Add(arg);
        return options;
    }

    private static int Positive(string name, string value, int min = 1) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min
            ? number
            : throw new ArgumentException($"{name} must be a whole number of at least {min}, not '{value}'.");
}
