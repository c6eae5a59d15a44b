using System.Security.Claims;

namespace PrisonerTracker.Web.Api;

/// <summary>Staff roles; an API key or a staff account carries one.</summary>
public enum StaffRole { Editor, Reviewer, Admin }

/// <summary>
/// Who is asking, reduced to what privacy decisions need. Anonymous callers never see
/// restricted fields or withheld people; staff see everything.
/// </summary>
public sealed record Viewer(bool IsStaff, string? Name, StaffRole? Role, Guid? OrganisationId)
{
    public const string OrganisationClaim = "organisation_id";

    public static Viewer Anonymous { get; } = new(false, null, null, null);

    public static Viewer From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return Anonymous;
        StaffRole? role = Enum.GetValues<StaffRole>().Where(r => user.IsInRole(r.ToString())).Select(r => (StaffRole?)r).Max();
        if (role is null) return Anonymous;
        Guid? organisation = Guid.TryParse(user.FindFirstValue(OrganisationClaim), out var id) ? id : null;
        return new Viewer(true, user.Identity.Name, role, organisation);
    }

    public bool CanReview => Role is StaffRole.Reviewer or StaffRole.Admin;
    public bool IsAdmin => Role is StaffRole.Admin;
}

public static class ViewerExtensions
{
    public static Viewer Viewer(this HttpContext context) => Api.Viewer.From(context.User);
}
