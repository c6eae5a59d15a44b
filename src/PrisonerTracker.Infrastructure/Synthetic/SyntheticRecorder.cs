using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>
/// Records one event through <see cref="Detainee.RecordEvent"/> (so the domain checks it against
/// the history), reviews it as a second person would, and tracks the status as the domain
/// sees it when checking the next event.
/// </summary>
internal sealed class SyntheticRecorder(Random random, SyntheticCatalog catalog)
{
    /// <summary>Everything is entered before this, leaving room for reviews and same-day entries on the last day.</summary>
    private static readonly DateTimeOffset LatestEntry = SyntheticCalendar.Cutoff.AddHours(-5);

    private Detainee? _person;
    private DateTimeOffset _lastEntered;

    /// <summary>Released (as reported, pending included) rather than detained: only a re-arrest may follow.</summary>
    public bool Released { get; private set; }
    public Guid? Facility { get; private set; }

    public void Start(Detainee person)
    {
        _person = person;
        _lastEntered = default;
        Released = false;
        Facility = null;
    }

    public VerificationEvent Add(EventKind kind, DateOnly date, Confidence? confidence = null, Guid? facility = null,
        Guid? announcement = null, bool approximate = false)
    {
        var person = _person ?? throw new InvalidOperationException("Start a person first.");
        var level = confidence ?? RandomConfidence();
        var entered = Entered(date);
        var details = new EventDetails(date, level, $"synthetic-editor-{random.Next(1, 13):00}", facility,
            catalog.ReporterFor(level), announcement,
            kind == EventKind.ReleasedConditional ? Pick(SyntheticVocabulary.Conditions) + " (synthetic)" : null,
            random.Next(20) == 0 ? "Synthetic event: not a real person." : null,
            DateApproximate: approximate);
        var recorded = person.RecordEvent(kind, details, entered);
        var review = Review(kind, date);
        if (review is { } approve)
            person.ReviewEvent(recorded.Id, $"synthetic-reviewer-{random.Next(1, 9):00}", approve, Reviewed(entered));
        Track(recorded);
        return recorded;
    }

    /// <summary>Mirrors the domain's own history check: rejected events and officials' bare claims change nothing.</summary>
    private void Track(VerificationEvent recorded)
    {
        if (recorded.ReviewState == ReviewState.Rejected) return;
        var isArrest = recorded.Kind is EventKind.Arrested or EventKind.ReArrested;
        if (recorded.Confidence == Confidence.Claimed && !isArrest) return;
        Released = recorded.Kind is EventKind.ReleasedConditional or EventKind.ReleasedFull;
        if (recorded.FacilityId is not null) Facility = recorded.FacilityId;
    }

    /// <summary>Null leaves the event pending. Arrests are never rejected: every later event depends on them.</summary>
    private bool? Review(EventKind kind, DateOnly date)
    {
        var roll = random.Next(100);
        if (kind is EventKind.Arrested or EventKind.ReArrested) return roll < 8 ? null : true;
        // Recent facts are still waiting for their second reviewer.
        var pending = date >= SyntheticCalendar.Last.AddDays(-11) ? 35 : 4;
        return roll < pending ? null : roll < pending + 5 ? false : true;
    }

    private Confidence RandomConfidence() => random.Next(100) switch
    {
        < 6 => Confidence.Claimed,
        < 35 => Confidence.Reported,
        < 80 => Confidence.Verified,
        _ => Confidence.Confirmed,
    };

    /// <summary>Entered a little after the fact; strictly later than this person's previous entry so same-day events keep their order.</summary>
    private DateTimeOffset Entered(DateOnly date)
    {
        var candidate = SyntheticCalendar.At(date, 8 * 60 + random.Next(3 * 24 * 60));
        if (candidate > LatestEntry) candidate = LatestEntry;
        if (candidate <= _lastEntered) candidate = _lastEntered.AddMinutes(1);
        _lastEntered = candidate;
        return candidate;
    }

    private DateTimeOffset Reviewed(DateTimeOffset entered)
    {
        var reviewed = entered.AddMinutes(random.Next(30, 2 * 24 * 60));
        return reviewed > SyntheticCalendar.Cutoff ? SyntheticCalendar.Cutoff : reviewed;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
