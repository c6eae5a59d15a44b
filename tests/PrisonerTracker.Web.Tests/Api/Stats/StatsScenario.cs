using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api.Stats;

/// <summary>
/// Extra people beside the demo data, with the histories that make status rules bite:
/// pending and rejected facts, two facts on one day, a disappearance, a death, a re-arrest,
/// and a withheld person whose name must never appear.
/// </summary>
internal static class StatsScenario
{
    public const string WithheldName = "Zzyzx Withheld Sentinel";

    public static async Task<Guid> AddWithheldSentinelAsync(TrackerApp app)
    {
        await using var db = app.CreateDbContext();
        var person = new Detainee(new PersonalDetails(WithheldName, Gender: Gender.Female, Nationalities: ["VE"], Region: "Zulia"));
        Record(person, EventKind.Arrested, new(2026, 1, 10), Confidence.Verified, approve: true);
        person.Withhold();
        db.Detainees.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    public static async Task AddVariedHistoriesAsync(TrackerApp app)
    {
        await using var db = app.CreateDbContext();
        var disappeared = new Detainee(new PersonalDetails("Scenario Disappeared", Service: ServiceBranch.Military));
        Record(disappeared, EventKind.Arrested, new(2026, 1, 2), Confidence.Verified, approve: true);
        Record(disappeared, EventKind.WhereaboutsUnknown, new(2026, 1, 9), Confidence.Confirmed, approve: true);

        var died = new Detainee(new PersonalDetails("Scenario Died", MinorAtArrest: true));
        Record(died, EventKind.Arrested, new(2025, 12, 1), Confidence.Verified, approve: true);
        Record(died, EventKind.DiedInCustody, new(2026, 1, 16), Confidence.Verified, approve: true);

        var revolving = new Detainee(new PersonalDetails("Scenario Revolving"));
        Record(revolving, EventKind.Arrested, new(2025, 11, 20), Confidence.Verified, approve: true);
        Record(revolving, EventKind.ReleasedFull, new(2026, 1, 9), Confidence.Verified, approve: true);
        Record(revolving, EventKind.ReArrested, new(2026, 1, 20), Confidence.Verified, approve: true);
        Record(revolving, EventKind.ReleasedConditional, new(2026, 1, 27), Confidence.Reported, approve: true);

        var sameDay = new Detainee(new PersonalDetails("Scenario Same Day"));
        Record(sameDay, EventKind.Arrested, new(2026, 1, 3), Confidence.Verified, approve: true);
        Record(sameDay, EventKind.ReleasedConditional, new(2026, 1, 11), Confidence.Verified, approve: true);
        Record(sameDay, EventKind.ReArrested, new(2026, 1, 11), Confidence.Verified, approve: true, enteredLater: 1);

        var pending = new Detainee(new PersonalDetails("Scenario Pending"));
        Record(pending, EventKind.Arrested, new(2026, 1, 4), Confidence.Verified, approve: true);
        Record(pending, EventKind.ReleasedFull, new(2026, 1, 14), Confidence.Confirmed, approve: null);

        var rejected = new Detainee(new PersonalDetails("Scenario Rejected"));
        Record(rejected, EventKind.Arrested, new(2026, 1, 6), Confidence.Verified, approve: true);
        Record(rejected, EventKind.ReleasedFull, new(2026, 1, 12), Confidence.Verified, approve: false);

        db.Detainees.AddRange(disappeared, died, revolving, sameDay, pending, rejected);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The expected counts, straight from the domain rules over every event on record: of the named
    /// people (what every public figure counts), or of the withheld ones.
    /// </summary>
    public static async Task<StatusCounts> TallyAsync(TrackerApp app, DateOnly date, Confidence threshold = Confidence.Verified, bool withheld = false)
    {
        await using var db = app.CreateDbContext();
        var people = await db.Detainees.AsNoTracking().Where(d => d.Withheld == withheld).Include(d => d.Events).ToListAsync();
        return StatusRules.Tally(people.Select(p => p.Events.Select(e => e.ToFact())), date, threshold);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url}: expected {expected}, got {response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static void Record(Detainee person, EventKind kind, DateOnly date, Confidence confidence, bool? approve, int enteredLater = 0)
    {
        var entered = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero).AddDays(1).AddMinutes(enteredLater);
        var recorded = person.RecordEvent(kind, new EventDetails(date, confidence, "scenario-entry"), entered);
        if (approve is { } yes) person.ReviewEvent(recorded.Id, "scenario-review", yes, entered.AddHours(1));
    }
}
