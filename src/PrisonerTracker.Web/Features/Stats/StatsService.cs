using PrisonerTracker.Domain.Status;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Privacy;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.ReadModel;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Privacy;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>
/// Aggregate numbers, shared by the dashboard pages and the statistics API. Every count that can
/// be cut by day, place or attribute covers named people only; withheld people are counted apart,
/// in <see cref="NotNamed"/>, as docs/privacy.md says. Nothing here returns a name.
/// </summary>
public sealed partial class StatsService(TrackerDbContext db, TimeProvider clock)
{
    private static readonly EventKind[] ArrestKinds = [EventKind.Arrested, EventKind.ReArrested];

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>
    /// The headline numbers on <paramref name="asOf"/> (default today). <paramref name="since"/> starts
    /// the register's new arrests and releases verified here (default: the first official release
    /// announcement). <paramref name="exact"/> (staff only) shows breakdown cells under 5 and counts
    /// withheld people on the date itself instead of at the latest month end. <paramref name="links"/>
    /// makes the announcements' addresses absolute.
    /// </summary>
    public async Task<Summary> GetSummaryAsync(DateOnly? asOf = null, Confidence threshold = Confidence.Verified,
        DateOnly? since = null, bool exact = false, bool breakdowns = false, Links? links = null, CancellationToken ct = default)
    {
        var date = asOf ?? Today;
        // One pass of the status function gives the statuses, the uncounted releases beside them and,
        // when asked for, the breakdowns (read person by person from the same pass).
        Dictionary<DetaineeStatus, int> counts;
        int unverifiedReleases, namedPeople;
        SummaryBreakdowns? parts = null;
        if (CountsFromReadModel) (counts, unverifiedReleases, parts, namedPeople) = await CountsNowAsync(date, threshold, breakdowns, exact, ct);
        else
        {
            if (breakdowns) (counts, unverifiedReleases, parts) = await CountsWithBreakdownsAsync(date, threshold, exact, ct);
            else (counts, unverifiedReleases) = await CountsAsync(date, threshold, ct);
            namedPeople = await NamedPeopleAsync(date, ct);
        }

        var ledger = await LedgerAsync(links ?? Links.Relative, ct);
        var start = since ?? ledger.ReleasesBegan;
        int Count(DetaineeStatus status) => counts.GetValueOrDefault(status);
        var register = new RegisterFigures(
            NamedPeople: namedPeople,
            Held: Count(DetaineeStatus.Held),
            WhereaboutsUnknown: Count(DetaineeStatus.WhereaboutsUnknown),
            ReleasedVerified: Count(DetaineeStatus.ReleasedConditional) + Count(DetaineeStatus.ReleasedFull),
            ReleasedConditional: Count(DetaineeStatus.ReleasedConditional),
            ReleasedFull: Count(DetaineeStatus.ReleasedFull),
            ReleasesVerifiedSince: new ReleasesSince(start, start is { } s && s > date ? 0 : await VerifiedReleasesAsync(start, date, threshold, ct)),
            ReleaseReportedUnverified: unverifiedReleases,
            Deceased: Count(DetaineeStatus.Deceased),
            NewArrests: await NewArrestsAsync(start, date, threshold, ct),
            Breakdowns: parts,
            NotNamed: await NotNamedAsync(exact ? date : DisclosureRule.NotNamedCountedOn(date), threshold, ct));
        return new Summary(date, QueryNames.Of(threshold), ledger.Independent(date), ledger.Official(date), register,
            db.KnownAt is { } knownAt ? new Knowledge(knownAt, await ChangesSinceAsync(knownAt, ct)) : null);
    }

    /// <summary>Withheld people detained and released on <paramref name="countedOn"/>: the only figure that counts them.</summary>
    private async Task<NotNamed> NotNamedAsync(DateOnly countedOn, Confidence threshold, CancellationToken ct)
    {
        var counts = CountsFromReadModel ? await WithheldCountsNowAsync(countedOn, threshold, ct) : await db.StatusOn(countedOn, threshold, Population.Withheld)
            .GroupBy(s => s.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        return new NotNamed(countedOn,
            Detained: DetainedStatuses.Sum(counts.GetValueOrDefault),
            Released: ReleasedStatuses.Sum(counts.GetValueOrDefault));
    }

    private async Task<(Dictionary<DetaineeStatus, int> Counts, int UnverifiedReleases)> CountsAsync(DateOnly date, Confidence threshold, CancellationToken ct)
    {
        var groups = await db.StatusOn(date, threshold, Population.Named)
            .GroupBy(s => new
            {
                s.Status,
                UnverifiedRelease = (s.Status == DetaineeStatus.Held || s.Status == DetaineeStatus.WhereaboutsUnknown)
                    && (s.UnverifiedKind == EventKind.ReleasedConditional || s.UnverifiedKind == EventKind.ReleasedFull),
            })
            .Select(g => new { g.Key.Status, g.Key.UnverifiedRelease, Count = g.Count() })
            .ToListAsync(ct);
        return (groups.GroupBy(g => g.Status).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)),
            groups.Where(g => g.UnverifiedRelease).Sum(g => g.Count));
    }

    private async Task<NewArrests> NewArrestsAsync(DateOnly? since, DateOnly asOf, Confidence threshold, CancellationToken ct)
    {
        if (CountsFromReadModel)
            return new NewArrests(since, await BetweenNowAsync(threshold, CountMetric.Arrest, since?.AddDays(1), asOf, ct),
                await BetweenNowAsync(threshold, CountMetric.ArrestReported, since?.AddDays(1), asOf, ct));
        // The global query filter hides deleted events; the join hides events of deleted and withheld people.
        var counting = AtOrAbove(threshold);
        var arrests = await (from e in db.KnownEvents
                             join d in db.KnownDetainees.In(Population.Named) on e.DetaineeId equals d.Id
                             where ArrestKinds.Contains(e.Kind) && (e.ReviewState == ReviewState.Pending || e.ReviewState == ReviewState.Approved)
                                 && (since == null || e.EventDate > since) && e.EventDate <= asOf
                             group e by e.ReviewState == ReviewState.Approved && counting.Contains(e.Confidence) into g
                             select new { Counts = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return new NewArrests(since,
            arrests.Where(a => a.Counts).Sum(a => a.Count),
            arrests.Where(a => !a.Counts).Sum(a => a.Count));
    }
}
