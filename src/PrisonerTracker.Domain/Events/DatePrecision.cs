namespace PrisonerTracker.Domain.Events;

/// <summary>
/// How precisely a source dates a fact: "9 February 2024" (day), "February 2024" (month) or
/// "2024" (year). A fact dated to a month or a year is stored on the first day of that period,
/// its <b>anchor</b>: sorting and the status rules use the anchor, and every surface shows the
/// period, never a made-up day.
/// </summary>
public enum DatePrecision { Day, Month, Year }

public static class DatePrecisions
{
    /// <summary>The first day of the period that contains <paramref name="date"/> at <paramref name="precision"/>.</summary>
    public static DateOnly Anchor(this DatePrecision precision, DateOnly date) => precision switch
    {
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        DatePrecision.Year => new DateOnly(date.Year, 1, 1),
        _ => date,
    };

    /// <summary>The period as ISO 8601 text: 2024-02-09, 2024-02 or 2024 (also a valid HTML <c>datetime</c>).</summary>
    public static string Iso(this DatePrecision precision, DateOnly date) => precision switch
    {
        DatePrecision.Month => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Year => date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
