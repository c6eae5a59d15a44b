using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Features.Announcements;
using PrisonerTracker.Web.Features.Stats;
using PrisonerTracker.Web.Localization;

namespace PrisonerTracker.Web.Pages.Shared;

/// <summary>Small formats of the record pages, per culture.</summary>
public static class RecordText
{
    /// <summary>"50–80", "50", or "—" when nothing was reported.</summary>
    public static string PopulationRange(this IStringLocalizer<SharedResource> text, int? low, int? high) =>
        (low, high) switch
        {
            (null, null) => text["None"],
            ({ } l, { } h) when h != l => $"{DisplayText.Count(l)}–{DisplayText.Count(h)}",
            _ => DisplayText.Count((low ?? high)!.Value),
        };

    /// <summary>The spread of independent tallies: "50–170" ("entre 50 y 170"), or "170" when they agree.</summary>
    public static string TallyRange(this IStringLocalizer<SharedResource> text, IndependentRange range) =>
        range.Low.Figure == range.High.Figure
            ? DisplayText.Count(range.Low.Figure)
            : text.ClaimedNumber(NumberQualifier.Range, range.Low.Figure, range.High.Figure);

    /// <summary>A held tally's groups as it gave them: "military: 175; women: 105; minors: 1".</summary>
    public static string Breakdown(this IStringLocalizer<SharedResource> text, IEnumerable<TallyPartDto> parts) =>
        string.Join("; ", parts.Select(p => $"{text.Name(p.Group)}: {DisplayText.Count(p.Count)}"));
}
