using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>
/// Whose unreviewed work a staff member sees, in one place for the review queue, review decisions
/// (page and API) and the staff event list. A fact that is not approved belongs to the organisation
/// of the person who entered it: its editors and reviewers see it, and admins. Approved facts are
/// shared with everyone. Facts entered before the author's organisation was kept (no organisation)
/// stay open to every reviewer, so none is stranded.
/// </summary>
public static class ReviewScope
{
    /// <summary>The events among <paramref name="events"/> this staff member may see in any review state.</summary>
    public static IQueryable<VerificationEvent> SharedWith(this IQueryable<VerificationEvent> events, Viewer viewer)
    {
        if (viewer.IsAdmin) return events;
        var own = viewer.OrganisationId;
        return events.Where(e => e.ReviewState == ReviewState.Approved
            || e.EnteredByOrganisationId == null || e.EnteredByOrganisationId == own);
    }

    /// <summary>
    /// Facts entered by the viewer's organisation, in every review state ("Our facts"): the facts this viewer
    /// may see (<see cref="SharedWith"/>) that their organisation entered, and those they entered themselves
    /// (older ones have no author organisation). Nobody sees another organisation's work here, admins included.
    /// </summary>
    public static IQueryable<VerificationEvent> EnteredByOrganisationOf(this IQueryable<VerificationEvent> events, Viewer viewer)
    {
        if (!viewer.IsStaff) return events.Where(_ => false);
        var own = viewer.OrganisationId;
        var me = viewer.AuthorId;
        return events.SharedWith(viewer).Where(e => (own != null && e.EnteredByOrganisationId == own)
            || (me != null && e.EnteredByOrganisationId == null && e.EnteredById == me));
    }

    /// <summary>Pending events this viewer may decide on (the four-eyes rule is the domain's, checked on the decision).</summary>
    public static IQueryable<VerificationEvent> PendingFor(this IQueryable<VerificationEvent> events, Viewer viewer) =>
        viewer.CanReview ? events.Where(e => e.ReviewState == ReviewState.Pending).SharedWith(viewer) : events.Where(_ => false);
}
