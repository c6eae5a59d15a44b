using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Localization;

/// <summary>
/// A fact's date as precisely as its sources give it: "9 Feb 2024", "February 2024" or "2024",
/// marked "≈" when approximate, in a <c>&lt;time&gt;</c> whose <c>datetime</c> is the period itself
/// (2024-02), never a made-up day.
/// </summary>
public static class EventDateText
{
    public static string Text(this IStringLocalizer<SharedResource> text, DateOnly date, DatePrecision precision, bool longForm = false) =>
        precision switch
        {
            DatePrecision.Month => date.ToString(text["Format.MonthYear"], CultureInfo.CurrentCulture),
            DatePrecision.Year => date.ToString("yyyy", CultureInfo.CurrentCulture),
            _ => longForm ? text.LongDate(date) : text.ShortDate(date),
        };

    public static IHtmlContent EventDate(this IStringLocalizer<SharedResource> text, DateOnly date, DatePrecision precision, bool approximate, bool longForm = false)
    {
        var content = new HtmlContentBuilder();
        if (approximate)
        {
            var mark = new TagBuilder("abbr");
            mark.AddCssClass("approx");
            mark.Attributes["title"] = text["Approx.Title"];
            mark.InnerHtml.Append(text["Approx.Mark"]);
            content.AppendHtml(mark).Append(" ");
        }
        var time = new TagBuilder("time");
        time.Attributes["datetime"] = precision.Iso(date);
        time.InnerHtml.Append(text.Text(date, precision, longForm));
        return content.AppendHtml(time);
    }
}
