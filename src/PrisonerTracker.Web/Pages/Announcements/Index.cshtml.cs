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

    public IReadOnlyList<AnnouncementItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var role = Choice<AnnouncementRole>(Role, "role");
        var claim = Choice<ClaimKind>(Claim, "claim");
        var kind = Choice<OrganisationKind>(OrganisationKind, "organisationKind");
        if (Invalid.Count > 0) return;
        Items = await announcements.ListAsync(role, claim, kind, Links.From(Request), ct);
    }

    private T? Choice<T>(string? text, string field) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (QueryEnum<T>.TryParse(text, null, out var value)) return value.Value;
        Invalid.Add(field);
        return null;
    }
}
