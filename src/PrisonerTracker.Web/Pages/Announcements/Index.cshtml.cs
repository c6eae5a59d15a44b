using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Announcements;

namespace PrisonerTracker.Web.Pages.Announcements;

/// <summary>Every announcement as worded, filtered by role (claim or tally), claim kind and kind of organisation.</summary>
public sealed class IndexModel(AnnouncementsService announcements) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "role")]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "claim")]
    public string? Claim { get; set; }

    [BindProperty(SupportsGet = true, Name = "organisationKind")]
    public string? OrganisationKind { get; set; }

    /// <summary>Fields whose value is not one of the listed choices.</summary>
    public HashSet<string> Invalid { get; } = [];

    public IReadOnlyList<AnnouncementRecord> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The API's filters, so the page and GET /api/v1/announcements agree on what a filter selects.
        var query = new AnnouncementListQuery(
            Role: Choice<AnnouncementRole>(Role, "role"),
            Claim: Choice<ClaimKind>(Claim, "claim"),
            OrganisationKind: Choice<OrganisationKind>(OrganisationKind, "organisationKind"));
        if (Invalid.Count > 0) return;
        Items = await announcements.ListAllAsync(query, Links.From(Request), ct);
    }

    private QueryEnum<T>? Choice<T>(string? text, string field) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (QueryEnum<T>.TryParse(text, null, out var value)) return value;
        Invalid.Add(field);
        return null;
    }
}
