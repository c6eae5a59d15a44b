using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Domain.Status;

/// <summary>
/// The one statement of how status is derived. The SQL function
/// <c>detainee_status_on</c> implements the same rules for whole populations and is
/// cross-checked against this class by the integration tests.
/// <list type="number">
/// <item>An event counts on date D when it is approved, dated on or before D and its
/// confidence is at or above the threshold (default <see cref="Confidence.Verified"/>).</item>
/// <item>Events are ordered by date, then by when they were entered (two events on one
/// day: the one recorded later is the later fact), then by id.</item>
/// <item>The latest counted event gives the status; the facility is that of the latest
/// counted event that names one since the latest counted arrest or re-arrest.</item>
/// <item>A later event that is not rejected but does not count (pending, or below the
/// threshold) is shown beside it as "reported, unverified".</item>
/// </list>
/// </summary>
public static class StatusRules
{
    public const Confidence DefaultThreshold = Confidence.Verified;

    public static DetaineeStatus StatusAfter(EventKind kind) => kind switch
    {
        EventKind.Arrested or EventKind.Transferred or EventKind.Sentenced or EventKind.ReArrested => DetaineeStatus.Held,
        EventKind.ReleasedConditional => DetaineeStatus.ReleasedConditional,
        EventKind.ReleasedFull => DetaineeStatus.ReleasedFull,
        EventKind.WhereaboutsUnknown => DetaineeStatus.WhereaboutsUnknown,
        EventKind.DiedInCustody => DetaineeStatus.Deceased,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool Counts(EventFact fact, DateOnly asOf, Confidence threshold) =>
        fact.ReviewState == ReviewState.Approved && fact.Confidence >= threshold && fact.Date <= asOf;

    public static IEnumerable<EventFact> Chronological(IEnumerable<EventFact> facts) =>
        facts.OrderBy(f => f.Date).ThenBy(f => f.EnteredAt).ThenBy(f => f.Id);

    public static StatusOnDate StatusOn(IEnumerable<EventFact> facts, DateOnly asOf, Confidence threshold = DefaultThreshold)
    {
        var ordered = Chronological(facts).Where(f => f.Date <= asOf && f.ReviewState.IsLive()).ToList();
        var counted = ordered.Where(f => Counts(f, asOf, threshold)).ToList();
        var last = counted.LastOrDefault();
        // A re-arrest starts a new detention: the facility of an earlier one no longer applies.
        var detentionStart = counted.FindLastIndex(f => f.Kind is EventKind.Arrested or EventKind.ReArrested);
        var facility = counted.Skip(Math.Max(detentionStart, 0)).LastOrDefault(f => f.FacilityId is not null)?.FacilityId;
        var lastIndex = last is null ? -1 : ordered.IndexOf(last);
        var unverified = ordered.Skip(lastIndex + 1).LastOrDefault();
        return last is null
            ? new StatusOnDate(DetaineeStatus.NotHeld, null, null, unverified)
            : new StatusOnDate(StatusAfter(last.Kind), last.Date, StatusAfter(last.Kind).IsDetained() ? facility : null, unverified);
    }

    /// <summary>The counts of a population on one date. Withheld people are included: they count, unnamed.</summary>
    public static StatusCounts Tally(IEnumerable<IEnumerable<EventFact>> people, DateOnly asOf, Confidence threshold = DefaultThreshold)
    {
        var counts = new StatusCounts();
        foreach (var person in people) counts.Add(StatusOn(person, asOf, threshold));
        return counts;
    }
}
