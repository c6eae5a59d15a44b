using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Domain.Status;

namespace PrisonerTracker.Web.Pages;

/// <summary>How the numbers are made: static text, with the thresholds and statuses read from the domain so the page cannot drift from the rules.</summary>
public sealed class MethodologyModel : PageModel
{
    /// <summary>Detained states first, then releases, then the rest, as a reader meets them.</summary>
    public IReadOnlyList<DetaineeStatus> Statuses { get; } =
    [
        DetaineeStatus.Held, DetaineeStatus.WhereaboutsUnknown, DetaineeStatus.ReleasedConditional,
        DetaineeStatus.ReleasedFull, DetaineeStatus.Deceased, DetaineeStatus.NotHeld,
    ];

    public void OnGet() { }
}
