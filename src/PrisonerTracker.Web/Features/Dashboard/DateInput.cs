using System.Globalization;

namespace PrisonerTracker.Web.Features.Dashboard;

/// <summary>Why a date typed into a page's form could not be used.</summary>
public enum DateInputError { Invalid, TooLate, TooEarly }

/// <summary>
/// Dates from a page's query string (<c>?asOf=2026-01-13</c>). Pages do not fail on a bad date:
/// they say so next to the field and show their default, so a mistyped link still gives numbers.
/// Only ISO dates are accepted: a date field submits them in every language, and "01/02/2026"
/// means two different days to an English and a Spanish reader.
/// </summary>
public static class DateInput
{
    /// <summary>The earliest date a page counts from: older dates are typing mistakes, and would make the chart span centuries.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static DateOnly? Read(string? text, DateOnly latest, out DateInputError? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            error = DateInputError.Invalid;
        else if (date > latest)
            error = DateInputError.TooLate;
        else if (date < Earliest)
            error = DateInputError.TooEarly;
        return error is null ? date : null;
    }
}
