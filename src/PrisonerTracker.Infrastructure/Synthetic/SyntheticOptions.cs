using System.Globalization;

namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>How much synthetic data to generate, and from which seed.</summary>
public sealed record SyntheticOptions
{
    /// <summary>Longer histories add little to a benchmark and cannot fit between the first and last dates sensibly.</summary>
    public const int MaxEventsPerDetainee = 40;

    public const string Usage =
        "generate [--detainees N] [--facilities N] [--events N] [--announcements N] [--seed N]";

    private static readonly string[] Names = ["--detainees", "--facilities", "--events", "--announcements", "--seed"];

    public int Detainees { get; init; } = 20_000;
    public int Facilities { get; init; } = 200;
    public int Events { get; init; } = 100_000;
    public int Announcements { get; init; } = 500;
    public int Seed { get; init; } = 42;

    /// <summary>Reads <c>--name N</c> or <c>--name=N</c> pairs; anything unknown or malformed is an <see cref="ArgumentException"/>.</summary>
    public static SyntheticOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SyntheticOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = Split(args[i]);
            if (!Names.Contains(name)) throw new ArgumentException($"Unknown option '{name}'. Usage: {Usage}");
            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    throw new ArgumentException($"Option {name} needs a value. Usage: {Usage}");
                value = args[++i];
            }
            options = name switch
            {
                "--detainees" => options with { Detainees = Number(name, value, min: 1) },
                "--facilities" => options with { Facilities = Number(name, value, min: 1) },
                "--events" => options with { Events = Number(name, value, min: 1) },
                "--announcements" => options with { Announcements = Number(name, value, min: 0) },
                "--seed" => options with { Seed = Number(name, value, min: int.MinValue) },
                _ => throw new ArgumentException($"Unknown option '{name}'. Usage: {Usage}"),
            };
        }
        options.Validate();
        return options;
    }

    public void Validate()
    {
        if (Detainees < 1) throw new ArgumentException("--detainees must be at least 1.");
        if (Facilities < 1) throw new ArgumentException("--facilities must be at least 1.");
        if (Announcements < 0) throw new ArgumentException("--announcements cannot be negative.");
        // Every history starts with an arrest, so each person takes at least one event.
        if (Events < Detainees)
            throw new ArgumentException($"--events ({Events}) must be at least --detainees ({Detainees}): every person's history starts with an arrest.");
        if ((long)Events > (long)Detainees * MaxEventsPerDetainee)
            throw new ArgumentException($"--events ({Events}) is more than {MaxEventsPerDetainee} per person for {Detainees} detainees; add detainees or lower --events.");
    }

    private static (string Name, string? Value) Split(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException($"Unexpected argument '{arg}'. Usage: {Usage}");
        var equals = arg.IndexOf('=');
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }

    private static int Number(string name, string value, int min)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            throw new ArgumentException($"{name} must be a whole number, not '{value}'.");
        if (number < min)
            throw new ArgumentException($"{name} must be at least {min}, not {number}.");
        return number;
    }
}
