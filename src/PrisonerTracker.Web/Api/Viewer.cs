using System.Security.Claims;

namespace PrisonerTracker.Web.Api;

/// <summary>Staff roles; an API key or a staff account carries one.</summary>
public enum StaffRole { Editor, Reviewer, Admin }

/// <summary>
/// Who is asking, reduced to what privacy decisions need. Anonymous callers never see
/// restricted fields or withheld people. Staff see withheld people; restricted fields only
/// of people their own organisation recorded, one person at a time. Admins see everything.
/// </summary>
public sealed record Viewer(bool IsStaff, string? Name, StaffRole? Role, Guid? OrganisationId, string? AuthorId = null)
{
    public const string OrganisationClaim = "organisation_id";

    /// <summary>Who the caller counts as for the four-eyes rule (see <see cref="Domain.Common.Author"/>).</summary>
    public const string AuthorClaim = "author_id";

    public static Viewer Anonymous { get; } = new(false, null, null, null);

    public static string UserAuthor(Guid userId) => $"user:{userId}";

    public static Viewer From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return Anonymous;
        StaffRole? role = Enum.GetValues<StaffRole>().Where(r => user.IsInRole(r.ToString())).Select(r => (StaffRole?)r).Max();
        if (role is null) return Anonymous;
        Guid? organisation = Guid.TryParse(user.FindFirstValue(OrganisationClaim), out var id) ? id : null;
        return new Viewer(true, user.Identity.Name, role, organisation, user.FindFirstValue(AuthorClaim));
    }

    public bool CanReview => Role is StaffRole.Reviewer or StaffRole.Admin;
    public bool IsAdmin => Role is StaffRole.Admin;

    /// <summary>Reads and writes one person's restricted fields: staff of the organisation that recorded them, and admins.</summary>
    public bool MaySeeRestricted(Guid? recordingOrganisationId) =>
        IsAdmin || (IsStaff && OrganisationId is { } own && own == recordingOrganisationId);

    /// <summary>
    /// Restricted fields of many people in one response (lists, CSV): admins only. Other staff
    /// read them one person at a time, so no single key can carry off everyone's.
    /// </summary>
    public bool MayExportRestricted => IsAdmin;

    /// <summary>Whose view a response is: ETags must differ where responses do (restricted fields differ by organisation).</summary>
    public string CacheScope => !IsStaff ? "public" : IsAdmin ? "admin" : $"staff:{OrganisationId}";
}

public static class ViewerExtensions
{
    public static Viewer Viewer(this HttpContext context) => Api.Viewer.From(context.User);
}
