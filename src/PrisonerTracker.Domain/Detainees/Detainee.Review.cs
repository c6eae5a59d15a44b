using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Domain.Detainees;

// Reviewing history: the four-eyes decision, corrections of approved facts, and the confirmation
// of a release that two organisations reported independently.
public sealed partial class Detainee
{
    /// <summary>Days apart two organisations' release dates may be and still report the same release.</summary>
    public const int ConfirmationToleranceDays = 3;

    /// <summary>
    /// Approves or rejects without a reason: for generated and demo histories, and callers written before
    /// reasons were kept. Staff decisions go through <see cref="ReviewEvent(Guid, ReviewState, string, string?, string?, DateTimeOffset)"/>.
    /// </summary>
    public void ReviewEvent(Guid eventId, string reviewer, bool approve, DateTimeOffset now, string? reviewerId = null) =>
        Decide(eventId, approve ? ReviewState.Approved : ReviewState.Rejected, reviewer, reviewerId, null, now, reasonRequired: false);

    /// <summary>
    /// A reviewer's decision: <see cref="ReviewState.Approved"/>, <see cref="ReviewState.Rejected"/> (a reason
    /// is required: the author must learn what was wrong) or <see cref="ReviewState.Unverifiable"/>.
    /// </summary>
    public void ReviewEvent(Guid eventId, ReviewState outcome, string reviewer, string? reviewerId, string? reason, DateTimeOffset now)
        => Decide(eventId, outcome, reviewer, reviewerId, reason, now, reasonRequired: true);

    /// <summary>
    /// A correction of an approved fact (events are append-only): a new pending fact, checked against the
    /// history as if the corrected one were not on record. Once approved, it supersedes the corrected one.
    /// </summary>
    public VerificationEvent RecordCorrection(Guid correctedEventId, EventKind kind, EventDetails details, DateTimeOffset now)
    {
        var corrected = _events.SingleOrDefault(e => e.Id == correctedEventId)
            ?? throw new DomainRuleException("CorrectsEventId", "This person has no such event.");
        if (corrected.ReviewState != ReviewState.Approved)
            throw new DomainRuleException("CorrectsEventId", "Only an approved fact is corrected; a pending one is rejected by a reviewer instead.");
        var recorded = Record(kind, details, now, corrected.Id);
        recorded.MarkCorrectionOf(corrected.Id);
        return recorded;
    }

    private void Decide(Guid eventId, ReviewState outcome, string reviewer, string? reviewerId, string? reason, DateTimeOffset now, bool reasonRequired)
    {
        var found = _events.SingleOrDefault(e => e.Id == eventId)
            ?? throw new DomainRuleException("EventId", "This person has no such event.");
        found.Review(reviewer, reviewerId, outcome, reason, now, reasonRequired);
        if (outcome != ReviewState.Approved) return;
        if (found.CorrectsEventId is { } correctedId && _events.SingleOrDefault(e => e.Id == correctedId) is { ReviewState: ReviewState.Approved } corrected)
            corrected.Supersede();
        ConfirmIndependentReports(found);
    }

    /// <summary>
    /// Two organisations that each had their report of the same release approved (same kind, dates at most
    /// <see cref="ConfirmationToleranceDays"/> apart) confirm it: both facts become <see cref="Confidence.Confirmed"/>
    /// and point at each other. An official's bare claim (<see cref="Confidence.Claimed"/>) confirms nothing.
    /// </summary>
    private void ConfirmIndependentReports(VerificationEvent approved)
    {
        if (!IsIndependentRelease(approved)) return;
        var partner = _events
            .Where(e => e.Id != approved.Id && e.Kind == approved.Kind && IsIndependentRelease(e)
                && e.ReportingOrganisationId != approved.ReportingOrganisationId
                && Math.Abs(e.EventDate.DayNumber - approved.EventDate.DayNumber) <= ConfirmationToleranceDays)
            .OrderBy(e => Math.Abs(e.EventDate.DayNumber - approved.EventDate.DayNumber)).ThenBy(e => e.EnteredAt)
            .FirstOrDefault();
        if (partner is null) return;
        approved.ConfirmWith(partner);
        if (partner.CorroboratedByEventId is null) partner.ConfirmWith(approved);
    }

    /// <summary>Whether <paramref name="e"/> reports the release another organisation now reports (kind, tolerance).</summary>
    private static bool IsSameReleaseFromAnother(VerificationEvent e, EventKind kind, DateOnly date, Guid? reportedBy) =>
        kind is EventKind.ReleasedConditional or EventKind.ReleasedFull && e.Kind == kind && e.ReviewState.IsLive()
        && reportedBy is not null && e.ReportingOrganisationId is not null && e.ReportingOrganisationId != reportedBy
        && Math.Abs(e.EventDate.DayNumber - date.DayNumber) <= ConfirmationToleranceDays;

    private static bool IsIndependentRelease(VerificationEvent e) =>
        e.Kind is EventKind.ReleasedConditional or EventKind.ReleasedFull && e.ReviewState == ReviewState.Approved
        && e.ReportingOrganisationId is not null && e.Confidence > Confidence.Claimed;
}
