using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Sources;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Privacy;

/// <summary>
/// Withheld people with distinctive details, in one of two versions that differ in everything the
/// public must not learn (facility, region, nationality, occupation, gender, the day and precision
/// of each event within its month, the reporting organisation, restricted fields, which
/// announcement names them) and agree in what it may
/// (how many are detained and released at each month end).
/// </summary>
internal static class WithheldWorld
{
    public const string Sentinel = "QQSENT";

    private sealed record Step(EventKind Kind, DateOnly A, DateOnly B, bool Facility = false, bool Approve = true, Confidence Confidence = Confidence.Verified,
        DatePrecision PrecisionB = DatePrecision.Day);

    private sealed record Person(int N, Step[] Steps);

    private static readonly Person[] People =
    [
        new(1, [new(EventKind.Arrested, new(2026, 1, 4), new(2026, 1, 2), Facility: true), new(EventKind.ReleasedConditional, new(2026, 1, 9), new(2026, 1, 27))]),
        new(2, [new(EventKind.Arrested, new(2026, 1, 11), new(2026, 1, 6), Facility: true),
            new(EventKind.ReleasedFull, new(2026, 1, 15), new(2026, 1, 29), Approve: false, Confidence: Confidence.Reported)]),
        new(3, [new(EventKind.Arrested, new(2025, 12, 20), new(2025, 12, 3), Facility: true), new(EventKind.Transferred, new(2026, 1, 6), new(2026, 1, 19), Facility: true, PrecisionB: DatePrecision.Month),
            new(EventKind.WhereaboutsUnknown, new(2026, 1, 17), new(2026, 1, 25))]),
        new(4, [new(EventKind.Arrested, new(2025, 12, 2), new(2025, 12, 15), Facility: true), new(EventKind.ReleasedFull, new(2025, 12, 10), new(2025, 12, 22)),
            new(EventKind.ReArrested, new(2026, 1, 12), new(2026, 1, 3), Facility: true)]),
    ];

    /// <summary>Every day on which either version has an event, with the days around it.</summary>
    public static IEnumerable<DateOnly> EventDays() =>
        People.SelectMany(p => p.Steps).SelectMany(s => new[] { s.A, s.B }).SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) });

    /// <summary>Plants version A or B as of <paramref name="clock"/>; returns the ids of people and events (none may ever show).</summary>
    public static async Task<IReadOnlyList<Guid>> PlantAsync(TrackerApp app, bool versionB, FixedClock clock)
    {
        await using var db = app.CreateDbContext(clock);
        var facilities = await db.Facilities.OrderBy(f => f.Name).Select(f => f.Id).ToListAsync();
        var organisations = await db.Organisations.OrderBy(o => o.Name).Select(o => o.Id).ToListAsync();
        var announcements = await db.Announcements.Include(a => a.NamedDetainees).OrderBy(a => a.Date).ThenBy(a => a.Id).ToListAsync();
        var ids = new List<Guid>();
        foreach (var p in People)
        {
            string S(string field) => $"{Sentinel}-{field}-{p.N}{(versionB ? "b" : "a")}";
            var person = new Detainee(new PersonalDetails(S("name"), [S("variant")],
                versionB ? Gender.Male : Gender.Female, MinorAtArrest: versionB, Nationalities: [versionB ? "IS" : "NZ"],
                versionB ? ServiceBranch.Military : ServiceBranch.Civilian, S("occupation"), S("region"), S("agency"), S("charges"), S("sentence")));
            person.SetRestrictedDetails(new RestrictedDetails(S("nationalid"), S("contact"), S("health"), S("private")));
            person.Withhold();
            var facility = 0;
            foreach (var step in p.Steps)
            {
                var date = versionB ? step.B : step.A;
                Guid? at = step.Facility ? facilities[(p.N + facility++ + (versionB ? 1 : 0)) % facilities.Count] : null;
                var source = new Source($"https://{Sentinel.ToLowerInvariant()}.example.org/{S("source")}", null, S("publisher"), date, "en");
                var reporter = organisations[(p.N + (versionB ? 1 : 0)) % organisations.Count];
                var details = new EventDetails(date, step.Confidence, S("enteredby"), at, reporter, Conditions: S("conditions"), Notes: S("notes"),
                    Sources: [source], DateApproximate: versionB, Precision: versionB ? step.PrecisionB : DatePrecision.Day);
                var recorded = person.RecordEvent(step.Kind, details, clock.GetUtcNow());
                if (step.Approve) person.ReviewEvent(recorded.Id, S("reviewer"), approve: true, clock.GetUtcNow());
                ids.Add(recorded.Id);
            }
            db.Detainees.Add(person);
            announcements[(p.N * 3 + (versionB ? 1 : 0)) % announcements.Count].Name(person);
            ids.Add(person.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>Removes every planted row straight in SQL (restricted fields and announcement links cascade), as if never entered.</summary>
    public static async Task RemoveAsync(TrackerApp app)
    {
        await using var db = app.CreateDbContext();
        var like = $"{Sentinel}-%";
        await db.Database.ExecuteSqlAsync($"DELETE FROM sources WHERE publisher LIKE {like}");
        await db.Database.ExecuteSqlAsync($"DELETE FROM verification_events WHERE detainee_id IN (SELECT id FROM detainees WHERE name LIKE {like})");
        await db.Database.ExecuteSqlAsync($"DELETE FROM detainees WHERE name LIKE {like}");
    }
}
