using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using static PrisonerTracker.Infrastructure.Synthetic.SyntheticCalendar;

namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>
/// One person's history of exactly the requested number of events: an arrest first, then
/// transfers, sentences, disappearances, releases and re-arrests in an order the domain
/// accepts. Many histories held on 8 January 2026 end with a release in the weeks after it,
/// often first claimed by an official and only later reported or verified.
/// </summary>
internal sealed class SyntheticHistory(Random random, SyntheticCatalog catalog, Func<DateOnly, Guid?> officialClaimOn)
{
    private readonly SyntheticRecorder _recorder = new(random, catalog);

    /// <summary>Records the events; returns whether a sentence was handed down (and not rejected).</summary>
    public bool Record(Detainee person, int count)
    {
        _recorder.Start(person);
        var arrested = ArrestDate();
        _recorder.Add(EventKind.Arrested, arrested, facility: Maybe(80), approximate: Roll(10));

        var burst = count >= 2 && arrested < BurstStart && Roll(45) ? Math.Min(count - 1, Roll(40) ? 2 : 1) : 0;
        var middle = count - 1 - burst;
        var dates = SortedDates(middle, arrested, burst > 0 ? BurstStart.AddDays(-1) : Last);
        for (var i = 0; i < middle; i++)
        {
            var isLast = i == middle - 1;
            // Before a release in the burst the person must still be held.
            Step(dates[i], mayRelease: !(isLast && burst > 0), mayDie: isLast && burst == 0);
        }
        if (burst > 0) Burst(burst);
        return person.Events.Any(e => e.Kind == EventKind.Sentenced && e.ReviewState.IsLive());
    }

    private void Step(DateOnly date, bool mayRelease, bool mayDie)
    {
        if (_recorder.Released)
        {
            _recorder.Add(EventKind.ReArrested, date, facility: Maybe(80));
            return;
        }
        var releaseWeight = date >= BurstStart ? 60 : 18;
        var roll = random.Next(100);
        if (mayDie && roll < 2) _recorder.Add(EventKind.DiedInCustody, date, facility: _recorder.Facility);
        else if (mayRelease && roll < 2 + releaseWeight) Release(date, confidence: null);
        else if (roll < 75) _recorder.Add(EventKind.Transferred, date, facility: catalog.RandomFacility());
        else if (roll < 87) _recorder.Add(EventKind.Sentenced, date, facility: _recorder.Facility);
        else _recorder.Add(EventKind.WhereaboutsUnknown, date);
    }

    /// <summary>The wave after 8 January: an official claim, then (usually) the release reported or verified days later.</summary>
    private void Burst(int events)
    {
        var date = Between(random, BurstStart, Last);
        if (events == 2)
        {
            var claimed = Between(random, BurstStart, BurstStart.AddDays(6));
            Release(claimed, Confidence.Claimed, officialClaimOn(claimed));
            date = Between(random, claimed, Last);
            // A quarter of the claims are contradicted: the person was moved, not freed.
            if (Roll(25))
            {
                _recorder.Add(EventKind.Transferred, date, facility: catalog.RandomFacility());
                return;
            }
        }
        Release(date, Roll(30) ? Confidence.Reported : Roll(70) ? Confidence.Verified : Confidence.Confirmed);
    }

    private void Release(DateOnly date, Confidence? confidence, Guid? announcement = null) =>
        _recorder.Add(Roll(75) ? EventKind.ReleasedConditional : EventKind.ReleasedFull, date, confidence, announcement: announcement);

    private DateOnly ArrestDate() => random.Next(100) switch
    {
        < 25 => Between(random, new(2024, 7, 29), new(2024, 9, 30)),
        < 95 => Between(random, First, new(2025, 12, 20)),
        _ => Between(random, new(2025, 12, 21), Last.AddDays(-3)),
    };

    private DateOnly[] SortedDates(int count, DateOnly from, DateOnly to)
    {
        var dates = new DateOnly[count];
        for (var i = 0; i < count; i++) dates[i] = Between(random, from, to);
        Array.Sort(dates);
        return dates;
    }

    private Guid? Maybe(int percent) => Roll(percent) ? catalog.RandomFacility() : null;

    private bool Roll(int percent) => random.Next(100) < percent;
}
