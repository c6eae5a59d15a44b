using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Infrastructure.Synthetic;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests.Synthetic;

/// <summary>Generated histories, read back through EF Core, obey the domain's rules.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SyntheticHistoryRulesTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private List<Detainee> _people = [];

    public async Task InitializeAsync()
    {
        await SmallSyntheticDataset.GenerateAsync(fixture);
        _people = await SmallSyntheticDataset.LoadPeopleAsync(fixture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void EveryHistoryReplaysThroughTheDomainApi()
    {
        Assert.Equal(300, _people.Count);
        foreach (var person in _people)
        {
            var replay = new Detainee(new PersonalDetails(person.Name));
            foreach (var e in person.Events.OrderBy(e => e.EnteredAt))
            {
                try
                {
                    var recorded = replay.RecordEvent(e.Kind, new EventDetails(e.EventDate, e.Confidence, e.EnteredBy, e.FacilityId,
                        e.ReportingOrganisationId, e.AnnouncementId, e.Conditions, e.Notes, DateApproximate: e.DateApproximate), e.EnteredAt);
                    if (e.ReviewState != ReviewState.Pending)
                        replay.ReviewEvent(recorded.Id, e.ReviewedBy!, e.ReviewState == ReviewState.Approved, e.ReviewedAt!.Value);
                }
                catch (DomainRuleException error)
                {
                    Assert.Fail($"{person.Name}, {e.Kind} on {e.EventDate}: {error.Message}");
                }
            }
            Assert.Equal(person.StatusOn(SyntheticCalendar.Last).Status, replay.StatusOn(SyntheticCalendar.Last).Status);
        }
    }

    [Fact]
    public void StatusRulesNeverSeeAnythingBeforeTheOneArrest()
    {
        foreach (var person in _people)
        {
            var facts = StatusRules.Chronological(person.Events.Select(e => e.ToFact())).ToList();
            Assert.Equal(EventKind.Arrested, facts[0].Kind);
            Assert.Single(facts, f => f.Kind == EventKind.Arrested);
            Assert.NotEqual(ReviewState.Rejected, facts[0].ReviewState);
            Assert.Equal(DetaineeStatus.NotHeld, StatusRules.StatusOn(facts, facts[0].Date.AddDays(-1), Confidence.Claimed).Status);
        }
    }

    [Fact]
    public void DatesStayWithinTheCalendarAndNothingIsInTheFuture()
    {
        var events = _people.SelectMany(p => p.Events).ToList();

        Assert.All(events, e => Assert.InRange(e.EventDate, SyntheticCalendar.First, SyntheticCalendar.Last));
        Assert.All(events, e => Assert.InRange(e.EnteredAt, SyntheticCalendar.At(e.EventDate, 0), SyntheticCalendar.Cutoff));
        Assert.All(events.Where(e => e.ReviewedAt is not null), e => Assert.InRange(e.ReviewedAt!.Value, e.EnteredAt, SyntheticCalendar.Cutoff));
        Assert.All(_people, p => Assert.InRange(p.UpdatedAt, p.CreatedAt, SyntheticCalendar.Cutoff));
    }

    [Fact]
    public void ASecondPersonReviewsMostEventsAndSomeArePendingOrRejected()
    {
        var events = _people.SelectMany(p => p.Events).ToList();
        var byState = events.GroupBy(e => e.ReviewState).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(events.Where(e => e.ReviewState != ReviewState.Pending),
            e => Assert.NotEqual(e.EnteredBy, e.ReviewedBy, StringComparer.OrdinalIgnoreCase));
        Assert.All(events.Where(e => e.ReviewState == ReviewState.Pending), e => Assert.Null(e.ReviewedBy));
        Assert.InRange(byState[ReviewState.Approved], events.Count * 3 / 4, events.Count);
        Assert.InRange(byState[ReviewState.Pending], 20, events.Count / 5);
        Assert.InRange(byState[ReviewState.Rejected], 10, events.Count / 10);
    }

    [Fact]
    public void ConfidencesKindsWithheldPeopleAndRestrictedFieldsAreAllRepresented()
    {
        var events = _people.SelectMany(p => p.Events).ToList();

        Assert.All(Enum.GetValues<Confidence>(), c => Assert.True(events.Count(e => e.Confidence == c) >= 30, $"few {c} events"));
        Assert.All(Enum.GetValues<EventKind>(), k => Assert.Contains(events, e => e.Kind == k));
        Assert.InRange(_people.Count(p => p.Withheld), 2, 30);
        Assert.InRange(_people.Count(p => p.Restricted.NationalId is not null), 30, 100);
        Assert.Contains(_people, p => p.Sentence is not null);
        Assert.Contains(_people, p => p.ReleaseConditions is not null);
    }

    [Fact]
    public void ReleasesComeInABurstAfterTheEighthOfJanuary2026()
    {
        var releases = _people.SelectMany(p => p.Events)
            .Where(e => e.Kind is EventKind.ReleasedConditional or EventKind.ReleasedFull).ToList();
        double PerDay(DateOnly from, DateOnly to) =>
            releases.Count(e => e.EventDate >= from && e.EventDate <= to) / (double)(to.DayNumber - from.DayNumber + 1);

        var before = PerDay(SyntheticCalendar.First, SyntheticCalendar.BurstStart.AddDays(-1));
        var burst = PerDay(SyntheticCalendar.BurstStart, SyntheticCalendar.Last);

        Assert.True(burst > 10 * before, $"{burst:F2} releases a day in the burst against {before:F2} before it");
    }
}
