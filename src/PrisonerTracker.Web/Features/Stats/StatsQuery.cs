using System.Globalization;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>How long a time-series period is.</summary>
public enum Interval { Day, Week, Month }

/// <summary>
/// Query-string checks shared by the statistics endpoints. Values are parsed by name only
/// ("verified", not "2"), so a number never slips in as an enum; errors name the field
/// and never echo the value.
/// </summary>
public sealed class StatsQuery
{
    /// <summary>Most periods one time-series request may ask for (ten years of days).</summary>
    public const int MaxPeriods = 3660;

    private readonly Dictionary<string, string[]> _errors = [];

    public IDictionary<string, string[]> Errors => _errors;
    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string message) => _errors[field] = [message];

    public Confidence Confidence(string? value, string field = "minConfidence") =>
        Parse(value, field, StatusRulesDefault, "claimed, reported, verified or confirmed");

    public Interval Interval(string? value) => Parse(value, "interval", Stats.Interval.Day, "day, week or month");

    private const Confidence StatusRulesDefault = Domain.Status.StatusRules.DefaultThreshold;

    private T Parse<T>(string? value, string field, T fallback, string allowed) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        var match = Enum.GetNames<T>().FirstOrDefault(n => n.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is not null) return Enum.Parse<T>(match);
        Add(field, $"'{field}' must be one of: {allowed}.");
        return fallback;
    }

    /// <summary>A calendar date written YYYY-MM-DD; null when absent.</summary>
    public DateOnly? Date(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), Api.ValueFormats.Date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Add(field, $"'{field}' must be a date written YYYY-MM-DD.");
        return null;
    }

    /// <summary>
    /// <c>knownAt</c>: an ISO 8601 instant with its offset (a <c>+</c> written <c>%2B</c>), not after
    /// <paramref name="now"/>; null when absent. Figures are then computed from the facts as known then.
    /// </summary>
    public DateTimeOffset? KnownAt(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!KnownAtInput.TryParse(value, out var instant))
            Add(KnownAtInput.Name, "'knownAt' must be an instant written like 2026-01-13T18:00:00Z (a + offset as %2B).");
        else if (instant > now) Add(KnownAtInput.Name, KnownAtInput.FutureMessage);
        else return instant;
        return null;
    }

    /// <summary>Number of periods between two dates inclusive, for the range limit.</summary>
    public static int PeriodCount(DateOnly from, DateOnly to, Interval interval) => interval switch
    {
        Stats.Interval.Day => to.DayNumber - from.DayNumber + 1,
        Stats.Interval.Week => (to.DayNumber - from.DayNumber) / 7 + 1,
        _ => (to.Year - from.Year) * 12 + to.Month - from.Month + 1,
    };
}
