using PrisonerTracker.Domain.Detainees;

namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>
/// Builds a whole synthetic dataset in memory. Everything, ids included, comes from one
/// <see cref="Random"/> seeded with <see cref="SyntheticOptions.Seed"/>, drawn in a fixed
/// order: the same options give the same dataset.
/// </summary>
public static class SyntheticBuilder
{
    public static SyntheticDataset Build(SyntheticOptions options)
    {
        options.Validate();
        var random = new Random(options.Seed);
        var ids = new SyntheticIds(random);
        var catalog = new SyntheticCatalog(random, ids, options.Facilities);
        var announcements = new SyntheticAnnouncements(random, ids, catalog);
        announcements.Create(options.Announcements);
        var people = new SyntheticPeople(random, [.. catalog.Verifiers.Select(v => v.Id)]);
        var history = new SyntheticHistory(random, catalog, announcements.OfficialClaimOn);
        var counts = EventCounts(random, options);

        var detainees = new List<SyntheticRow<Detainee>>(options.Detainees);
        var events = new List<SyntheticEvent>(options.Events);
        for (var i = 0; i < options.Detainees; i++)
        {
            var (person, details) = people.Next(i + 1);
            if (history.Record(person, counts[i]))
                person.Describe(details with { Sentence = $"{random.Next(2, 31)} years {SyntheticVocabulary.Suffix}" });
            var created = person.Events[0].EnteredAt;
            var updated = person.Events.Max(e => e.ReviewedAt ?? e.EnteredAt);
            var id = ids.Next(created);
            detainees.Add(new(id, person, created, updated));
            foreach (var recorded in person.Events) events.Add(new(ids.Next(recorded.EnteredAt), id, recorded));
        }

        return new SyntheticDataset(catalog.Source, catalog.Organisations, catalog.Facilities, detainees,
            announcements.Name([.. detainees.Select(d => d.Id)]), events);
    }

    /// <summary>One arrest each, and the remaining events spread at random, at most <see cref="SyntheticOptions.MaxEventsPerDetainee"/> per person.</summary>
    private static int[] EventCounts(Random random, SyntheticOptions options)
    {
        var counts = new int[options.Detainees];
        Array.Fill(counts, 1);
        for (var extra = options.Events - options.Detainees; extra > 0;)
        {
            var person = random.Next(counts.Length);
            if (counts[person] >= SyntheticOptions.MaxEventsPerDetainee) continue;
            counts[person]++;
            extra--;
        }
        return counts;
    }
}
