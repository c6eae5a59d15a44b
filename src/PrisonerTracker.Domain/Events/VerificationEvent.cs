using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Sources;
using PrisonerTracker.Domain.Status;

namespace PrisonerTracker.Domain.Events;

/// <summary>
/// One fact about one person (arrested, transferred, released…), with who reported it,
/// how sure we are, and who entered and reviewed it. Created only through
/// <see cref="Detainees.Detainee"/>, which checks it against the person's history.
/// </summary>
public sealed class VerificationEvent : Entity
{
    private readonly List<Source> _sources = [];

    private VerificationEvent() { EnteredBy = ""; }

    internal VerificationEvent(Guid detaineeId, EventKind kind, EventDetails details, DateTimeOffset now)
    {
        DetaineeId = detaineeId;
        Kind = kind;
        DatePrecision = details.Precision;
        EventDate = details.Precision.Anchor(details.Date);
        DateApproximate = details.DateApproximate;
        Confidence = details.Confidence;
        FacilityId = details.FacilityId;
        ReportingOrganisationId = details.ReportingOrganisationId;
        AnnouncementId = details.AnnouncementId;
        Conditions = Guard.Optional(details.Conditions, nameof(Conditions), FieldLimits.ReleaseConditions);
        Notes = Guard.Optional(details.Notes, nameof(Notes), FieldLimits.Notes);
        EnteredBy = Guard.Required(details.EnteredBy, nameof(EnteredBy), FieldLimits.Name);
        EnteredById = Guard.Optional(details.EnteredById, nameof(EnteredById), Author.IdLength);
        EnteredByOrganisationId = details.EnteredByOrganisationId;
        EnteredAt = now;
        ReviewState = ReviewState.Pending;
        foreach (var source in details.Sources ?? []) CiteSource(source);
    }

    public Guid DetaineeId { get; private set; }
    public EventKind Kind { get; private set; }
    /// <summary>The day the source gives, or the first day of the month or year it gives (see <see cref="DatePrecision"/>).</summary>
    public DateOnly EventDate { get; private set; }
    public DatePrecision DatePrecision { get; private set; }
    public bool DateApproximate { get; private set; }
    public Guid? FacilityId { get; private set; }
    public Guid? ReportingOrganisationId { get; private set; }
    public Guid? AnnouncementId { get; private set; }
    public Confidence Confidence { get; private set; }

    /// <summary>Conditions of a conditional release, as reported.</summary>
    public string? Conditions { get; private set; }
    public string? Notes { get; private set; }

    public string EnteredBy { get; private set; }
    /// <summary>Who entered it, for the four-eyes rule; null on events entered before staff accounts.</summary>
    public string? EnteredById { get; private set; }
    /// <summary>The author's organisation: its reviewers see the fact while it is pending. Null on older events.</summary>
    public Guid? EnteredByOrganisationId { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string? ReviewedById { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public ReviewState ReviewState { get; private set; }
    /// <summary>Why a reviewer rejected the fact or marked it unverifiable.</summary>
    public string? ReviewReason { get; private set; }

    /// <summary>The approved fact this one corrects; approving this one supersedes that one.</summary>
    public Guid? CorrectsEventId { get; private set; }

    /// <summary>
    /// The approved fact of another organisation that reports the same release: together they make
    /// this one <see cref="Confidence.Confirmed"/> (see <c>Detainee.ConfirmIndependentReports</c>).
    /// </summary>
    public Guid? CorroboratedByEventId { get; private set; }

    public IReadOnlyCollection<Source> Sources => _sources.AsReadOnly();

    public EventFact ToFact() => new(Id, Kind, EventDate, Confidence, ReviewState, EnteredAt, FacilityId);

    public void CiteSource(Source source)
    {
        if (!_sources.Contains(source)) _sources.Add(source);
    }

    /// <summary>A merge moves the fact to the kept record (and an unmerge back); see <see cref="Detainees.Detainee.Absorb"/>.</summary>
    internal void MoveTo(Guid detaineeId) => DetaineeId = detaineeId;

    /// <param name="reasonRequired">Whether a rejection must say why (every staff decision; not generated histories).</param>
    internal void Review(string reviewer, string? reviewerId, ReviewState outcome, string? reason, DateTimeOffset now, bool reasonRequired = true)
    {
        reviewer = Guard.Required(reviewer, "ReviewedBy", FieldLimits.Name);
        if (outcome is not (ReviewState.Approved or ReviewState.Rejected or ReviewState.Unverifiable))
            throw new DomainRuleException("Decision", "A review approves, rejects or marks a fact unverifiable.");
        if (ReviewState != ReviewState.Pending)
            throw new DomainRuleException(nameof(ReviewState), $"This event was already {ReviewState.ToString().ToLowerInvariant()}.");
        if (Author.Same(EnteredBy, EnteredById, reviewer, reviewerId))
            throw new DomainRuleException("ReviewedBy", "An event must be reviewed by someone other than the person who entered it.");
        if (reasonRequired && outcome == ReviewState.Rejected && string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("Reason", "Say why the fact is rejected.");
        ReviewReason = Guard.Optional(reason, nameof(ReviewReason), FieldLimits.ReviewReason);
        ReviewedBy = reviewer;
        ReviewedById = reviewerId;
        ReviewedAt = now;
        ReviewState = outcome;
    }

    internal void MarkCorrectionOf(Guid eventId) => CorrectsEventId = eventId;

    /// <summary>An approved fact replaced by its approved correction no longer counts anywhere.</summary>
    internal void Supersede() => ReviewState = ReviewState.Superseded;

    /// <summary>Another organisation's approved report of the same release confirms this one.</summary>
    internal void ConfirmWith(VerificationEvent other)
    {
        Confidence = Confidence.Confirmed;
        CorroboratedByEventId = other.Id;
    }
}
