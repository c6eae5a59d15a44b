using System.Collections;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;

namespace PrisonerTracker.Domain.Tests.Support;

/// <summary>
/// Builds one person's list of <see cref="EventFact"/>s. Facts are entered one minute
/// apart in the order they are added, unless an explicit entry time is given; by default
/// they are approved and verified.
/// </summary>
internal sealed class Facts : IEnumerable<EventFact>
{
    private readonly List<EventFact> _facts = [];
    private DateTimeOffset _nextEntry = Clock.Now.AddDays(-60);

    public static readonly Guid FacilityA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid FacilityB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");

    public EventFact Last => _facts[^1];

    public Facts Add(
        EventKind kind,
        DateOnly date,
        Confidence confidence = Confidence.Verified,
        ReviewState review = ReviewState.Approved,
        Guid? facility = null,
        DateTimeOffset? enteredAt = null,
        Guid? id = null)
    {
        _nextEntry = _nextEntry.AddMinutes(1);
        _facts.Add(new EventFact(id ?? Guid.NewGuid(), kind, date, confidence, review, enteredAt ?? _nextEntry, facility));
        return this;
    }

    public Facts Arrested(DateOnly date, Guid? facility = null, Confidence confidence = Confidence.Verified, ReviewState review = ReviewState.Approved) =>
        Add(EventKind.Arrested, date, confidence, review, facility);

    public Facts Released(DateOnly date, Confidence confidence = Confidence.Verified, ReviewState review = ReviewState.Approved) =>
        Add(EventKind.ReleasedFull, date, confidence, review);

    public Facts ReleasedConditionally(DateOnly date, Confidence confidence = Confidence.Verified, ReviewState review = ReviewState.Approved) =>
        Add(EventKind.ReleasedConditional, date, confidence, review);

    public Facts Transferred(DateOnly date, Guid? facility = null, Confidence confidence = Confidence.Verified, ReviewState review = ReviewState.Approved) =>
        Add(EventKind.Transferred, date, confidence, review, facility);

    public Facts ReArrested(DateOnly date, Guid? facility = null) => Add(EventKind.ReArrested, date, facility: facility);

    public Facts Disappeared(DateOnly date) => Add(EventKind.WhereaboutsUnknown, date);

    public Facts Died(DateOnly date) => Add(EventKind.DiedInCustody, date);

    public StatusOnDate StatusOn(DateOnly date, Confidence threshold = StatusRules.DefaultThreshold) =>
        StatusRules.StatusOn(this, date, threshold);

    public IEnumerator<EventFact> GetEnumerator() => _facts.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
