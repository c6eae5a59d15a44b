using Microsoft.Extensions.Localization;
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
}
