using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;

namespace PrisonerTracker.Domain.Detainees;

// Recording history: every new event is checked against the events already on record
// (pending ones included: a release cannot be entered for someone nobody says is held).
public sealed partial class Detainee
{
    public VerificationEvent RecordArrest(EventDetails details, DateTimeOffset now) => RecordEvent(EventKind.Arrested, details, now);

    public VerificationEvent RecordRelease(EventDetails details, DateTimeOffset now) =>
        RecordEvent(string.IsNullOrWhiteSpace(details.Conditions) ? EventKind.ReleasedFull : EventKind.ReleasedConditional, details, now);

    public VerificationEvent RecordEvent(EventKind kind, EventDetails details, DateTimeOffset now) => Record(kind, details, now, null);

    /// <param name="replacing">A fact being corrected: the new one is checked as if that one were not on record.</param>
    private VerificationEvent Record(EventKind kind, EventDetails details, DateTimeOffset now, Guid? replacing)
    {
        if (!Enum.IsDefined(kind)) throw new DomainRuleException("Kind", "Unknown event kind.");
        if (!Enum.IsDefined(details.Confidence)) throw new DomainRuleException("Confidence", "Unknown confidence level.");
        if (!Enum.IsDefined(details.Precision)) throw new DomainRuleException("DatePrecision", "Date precision must be Day, Month or Year.");
        // A month or a year is checked, like it is sorted, on its first day (its anchor).
        var anchor = details.Precision.Anchor(details.Date);
        Guard.NotInFuture(anchor, DateOnly.FromDateTime(now.UtcDateTime), "Date");
        CheckAgainstHistory(kind, anchor, replacing, details.ReportingOrganisationId);

        var recorded = new VerificationEvent(Id, kind, details, now);
        _events.Add(recorded);
        if (kind == EventKind.ReleasedConditional) ReleaseConditions = recorded.Conditions;
        return recorded;
    }

    private void CheckAgainstHistory(EventKind kind, DateOnly date, Guid? replacing, Guid? reportedBy)
    {
        // A second organisation's report of a release already on record is checked as if it were the first.
        var others = _events.Where(e => e.Id != replacing && !IsSameReleaseFromAnother(e, kind, date, reportedBy)).ToList();
        var firstArrest = FirstArrest(others);
        if (kind != EventKind.Arrested && (firstArrest is null || date < firstArrest))
            throw new DomainRuleException("Date", firstArrest is null
                ? $"{kind} needs an arrest on record first; record the arrest."
                : $"{kind} on {date:yyyy-MM-dd} is before the first arrest on {firstArrest:yyyy-MM-dd}.");

        var before = StatusRules.StatusOn(HistoryAsReported(others), date, Confidence.Claimed).Status;

        if (others.Any(e => e.Kind == EventKind.DiedInCustody && e.ReviewState.IsLive() && e.EventDate <= date))
            throw new DomainRuleException("Kind", "No event can follow a death in custody.");

        switch (kind)
        {
            case EventKind.Arrested when firstArrest is not null && before is not DetaineeStatus.NotHeld:
                throw new DomainRuleException("Kind", "This person already has an arrest on record; use ReArrested for a new arrest after release.");
            case EventKind.ReArrested when !before.IsReleased():
                throw new DomainRuleException("Kind", $"A re-arrest needs a release before {date:yyyy-MM-dd}; on that date the person is {Describe(before)}.");
            case EventKind.ReleasedConditional or EventKind.ReleasedFull when !before.IsDetained():
                throw new DomainRuleException("Kind", $"A release is only for someone held; on {date:yyyy-MM-dd} the person is {Describe(before)}.");
            case EventKind.Transferred or EventKind.Sentenced or EventKind.WhereaboutsUnknown or EventKind.DiedInCustody when !before.IsDetained():
                throw new DomainRuleException("Kind", $"{kind} is only for someone held; on {date:yyyy-MM-dd} the person is {Describe(before)}.");
        }
    }

    /// <summary>
    /// The history new events are checked against: everything live (approved or pending).
    /// An official's bare claim of a release or transfer (confidence Claimed) is left out: it is
    /// exactly what gets contradicted, and must not stop a later, better-sourced release from
    /// being recorded ("released" on the 8th by decree, really released on the 22nd).
    /// </summary>
    private static IEnumerable<EventFact> HistoryAsReported(IEnumerable<VerificationEvent> events) => events
        .Where(e => e.ReviewState.IsLive())
        .Where(e => e.Confidence > Confidence.Claimed || e.Kind is EventKind.Arrested or EventKind.ReArrested)
        .Select(e => e.ToFact() with { ReviewState = ReviewState.Approved });

    private static string Describe(DetaineeStatus status) => status switch
    {
        DetaineeStatus.NotHeld => "not held",
        DetaineeStatus.ReleasedConditional => "released (conditional)",
        DetaineeStatus.ReleasedFull => "released",
        DetaineeStatus.WhereaboutsUnknown => "of unknown whereabouts",
        _ => status.ToString().ToLowerInvariant(),
    };
}
