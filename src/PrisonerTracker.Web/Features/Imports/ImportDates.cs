using System.Globalization;
using System.Text.RegularExpressions;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Features.Imports;

public enum DateFormat { Iso, Dmy, Mdy }

/// <summary>
/// How the file writes dates. ISO (2026-01-08, also 2026-01 and 2026 for a month or a year) is read
/// as such. Slashed dates (08/01/2026) are read day first or month first: when one reading fails for
/// some date of the file (25/01/2026 has no month 25) the other is used and the preview says why;
/// when every date of the file reads both ways, nothing is guessed: the caller must choose.
/// </summary>
public sealed partial record ImportDates(DateFormat Format, string Reason)
{
    public static ImportDates Decide(IEnumerable<string> values, DateFormat? chosen)
    {
        var slashed = values.Select(v => Slashed().Match(v.Trim())).Where(m => m.Success).ToList();
        if (chosen is { } format) return new(format, "chosen");
        if (slashed.Count == 0) return new(DateFormat.Iso, "iso");
        var dmy = slashed.All(m => Valid(m, DateFormat.Dmy));
        var mdy = slashed.All(m => Valid(m, DateFormat.Mdy));
        if (dmy && mdy)
            throw new ImportFileException("dateFormat",
                "Every date in the file reads both as day/month/year and as month/day/year; choose dateFormat=dmy or dateFormat=mdy.");
        var witness = slashed.FirstOrDefault(m => Valid(m, DateFormat.Dmy) != Valid(m, DateFormat.Mdy))?.Value;
        return mdy ? new(DateFormat.Mdy, witness ?? "") : new(DateFormat.Dmy, witness ?? "");
    }

    /// <summary>The date and its precision, or null when the text is not a date in this file's format.</summary>
    public (DateOnly Date, DatePrecision Precision)? Parse(string text)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return (day, DatePrecision.Day);
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)) return (month, DatePrecision.Month);
        if (Year().IsMatch(text)) return (new DateOnly(int.Parse(text, CultureInfo.InvariantCulture), 1, 1), DatePrecision.Year);
        var m = Slashed().Match(text);
        if (!m.Success || Format == DateFormat.Iso || !Valid(m, Format)) return null;
        var (d, mo) = Parts(m, Format);
        return (new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), mo, d), DatePrecision.Day);
    }

    public string Example => Format switch { DateFormat.Dmy => "dd/mm/yyyy", DateFormat.Mdy => "mm/dd/yyyy", _ => "yyyy-mm-dd" };

    private static bool Valid(Match m, DateFormat format)
    {
        var (day, month) = Parts(m, format);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && year is >= 1900 and <= 2999 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static (int Day, int Month) Parts(Match m, DateFormat format)
    {
        var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        return format == DateFormat.Mdy ? (b, a) : (a, b);
    }

    [GeneratedRegex(@"^(?<a>\d{1,2})[/.-](?<b>\d{1,2})[/.-](?<y>\d{4})$")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();
}
