using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Web.Localization;

/// <summary>
/// Dates, numbers and enum names as a reader of the current language expects them. The
/// patterns live in the shared resources, so a translator can change "13 de enero de 2026"
/// without touching code; numbers use the culture's separators ("1,000" / "1.000").
/// </summary>
public static class DisplayText
{
    public static string LongDate(this IStringLocalizer<SharedResource> text, DateOnly date) =>
        date.ToString(text["Format.LongDate"], CultureInfo.CurrentCulture);

    public static string ShortDate(this IStringLocalizer<SharedResource> text, DateOnly date) =>
        date.ToString(text["Format.ShortDate"], CultureInfo.CurrentCulture);

    /// <summary>The machine-readable form for <c>&lt;time datetime="…"&gt;</c>.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>&lt;time datetime="2026-01-13"&gt;13 de enero de 2026&lt;/time&gt;</c>, usable as an argument of a localized sentence.</summary>
    public static IHtmlContent Time(DateOnly date, string text)
    {
        var time = new TagBuilder("time");
        time.Attributes["datetime"] = IsoDate(date);
        time.InnerHtml.Append(text);
        return time;
    }

    /// <summary><c>&lt;time datetime="2026-01-31T12:00:00Z"&gt;12:00 UTC&lt;/time&gt;</c>: a moment, machine-readable in UTC.</summary>
    public static IHtmlContent Time(DateTimeOffset moment, string text)
    {
        var time = new TagBuilder("time");
        time.Attributes["datetime"] = moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        time.InnerHtml.Append(text);
        return time;
    }

    /// <summary>A link usable as an argument of a localized sentence ("documented at {0}").</summary>
    public static IHtmlContent Link(string href, string text)
    {
        var link = new TagBuilder("a");
        link.Attributes["href"] = href;
        link.InnerHtml.Append(text);
        return link;
    }

    public static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>"Jorge Rodríguez (Asamblea Nacional de Venezuela)", or just "Foro Penal" when the speaker is the organisation.</summary>
    public static string Attribution(string speaker, string organisation) =>
        string.Equals(speaker.Trim(), organisation.Trim(), StringComparison.OrdinalIgnoreCase) ? speaker : $"{speaker} ({organisation})";

    /// <summary>A count that may be hidden from anonymous readers: the number, or "&lt;5".</summary>
    public static string Count(Features.Facilities.CountCell cell) => cell.Count is { } n ? Count(n) : cell.Display;

    /// <summary>A claimed number as it was worded: "more than 400", "entre 60 y 70", "sin cifra".</summary>
    public static string ClaimedNumber(this IStringLocalizer<SharedResource> text, NumberQualifier qualifier, int? low, int? high)
    {
        if (qualifier == NumberQualifier.None || low is null) return text["Number.None"];
        return qualifier == NumberQualifier.Range
            ? text["Number.Range", Count(low.Value), Count(high ?? low.Value)]
            : text[$"Number.{qualifier}", Count(low.Value)];
    }

    /// <summary>An enum value's display name, by convention under the key "{EnumType}.{Value}": "DetaineeStatus.Held", "Confidence.Verified".</summary>
    public static string Name<TEnum>(this IStringLocalizer<SharedResource> text, TEnum value) where TEnum : struct, Enum =>
        text[$"{typeof(TEnum).Name}.{value}"];
}
