using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Facilities;

namespace PrisonerTracker.Infrastructure.Tests.Support;

/// <summary>Random but valid histories, built through the domain API so every rule holds.</summary>
public static class RandomHistories
{
    private static readonly EventKind[] Kinds = Enum.GetValues<EventKind>();
    private static readonly Confidence[] Confidences = Enum.GetValues<Confidence>();

    public static async Task SaveAsync(TrackerDbContext db, int seed, int people)
    {
        var random = new Random(seed);
        var facilities = Enumerable.Range(1, 3).Select(i => new Facility($"Centro {i}", FacilityKind.Prison, "Región", null)).ToList();
        db.Facilities.AddRange(facilities);
        for (var p = 0; p < people; p++)
        {
            var person = new Detainee(new PersonalDetails($"Persona {p:000}"));
            var date = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 120));
            var entered = new DateTimeOffset(2026, 1, 21, 0, 0, 0, TimeSpan.Zero).AddHours(p);
            person.RecordArrest(Details(random, date, facilities), entered);
            for (var i = 0; i < random.Next(6, 30); i++)
            {
                date = date.AddDays(random.Next(0, 3) == 0 ? 0 : random.Next(1, 25));
                if (date > new DateOnly(2026, 1, 20)) break;
                // Often the same entry time, so ties fall to the event id, as the rules say.
                if (random.Next(3) > 0) entered = entered.AddMinutes(random.Next(1, 500));
                try { person.RecordEvent(Kinds[random.Next(Kinds.Length)], Details(random, date, facilities), entered); }
                catch (DomainRuleException) { /* not valid at this point of the history: skip */ }
            }
            foreach (var recorded in person.Events.Where(_ => random.Next(10) < 8))
                person.ReviewEvent(recorded.Id, "reviewer", approve: random.Next(6) > 0, entered);
            db.Detainees.Add(person);
        }
        await db.SaveChangesAsync();
    }

    private static EventDetails Details(Random random, DateOnly date, IReadOnlyList<Facility> facilities) => new(
        date, Confidences[random.Next(Confidences.Length)], "editor",
        FacilityId: random.Next(2) == 0 ? facilities[random.Next(facilities.Count)].Id : null);
}
