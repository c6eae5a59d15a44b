using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure.ReadModel;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Privacy;

namespace PrisonerTracker.Web.Features.Stats;

public sealed partial class StatsService
{
    private static readonly EventKind[] ReleaseKinds = [EventKind.ReleasedConditional, EventKind.ReleasedFull];

    /// <summary>Confidence is stored by name, so "at or above" is a set, not a string comparison.</summary>
    private static Confidence[] AtOrAbove(Confidence threshold) => [.. Enum.GetValues<Confidence>().Where(c => c >= threshold)];

    /// <summary>The date of the first official release claim: when releases officially began.</summary>
    public async Task<DateOnly?> ReleasesBeganAsync(CancellationToken ct) => (await LedgerAsync(Links.Relative, ct)).ReleasesBegan;

    /// <summary>
    /// Every announcement with its organisation (a few hundred rows at most: one read, then the rules of
    /// <c>InForce</c> in memory). Announcements whose organisation was deleted are left out, as lists do.
    /// </summary>
    internal async Task<AnnouncementLedger> LedgerAsync(Links links, CancellationToken ct)
    {
        // Once per request and reading mode: the dashboard's summary, chart and markers all ask for it.
        if (_ledgers.TryGetValue((links, db.KnownAt), out var read)) return read;
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        var announcements = await db.KnownAnnouncements.AsNoTracking().ToListAsync(ct);
        return _ledgers[(links, db.KnownAt)] =
            new AnnouncementLedger([.. announcements.Where(a => organisations.ContainsKey(a.OrganisationId))], organisations, links);
    }

    private readonly Dictionary<(Links, DateTimeOffset?), AnnouncementLedger> _ledgers = [];

    /// <summary>Named people with at least one counted (approved, at or above the threshold) release event dated from <paramref name="first"/> (null: the beginning) to <paramref name="last"/>.</summary>
    public async Task<int> VerifiedReleasesAsync(DateOnly? first, DateOnly last, Confidence threshold, CancellationToken ct)
    {
        if (CountsFromReadModel) return await BetweenNowAsync(threshold, CountMetric.Release, first, last, ct);
        var counting = AtOrAbove(threshold);
        return await (from e in db.KnownEvents
               join d in db.KnownDetainees.In(Population.Named) on e.DetaineeId equals d.Id
               where ReleaseKinds.Contains(e.Kind) && e.ReviewState == ReviewState.Approved && counting.Contains(e.Confidence)
                   && (first == null || e.EventDate >= first) && e.EventDate <= last
               select e.DetaineeId).Distinct().CountAsync(ct);
    }

    /// <summary>Named people the register has an approved fact about, dated on or before <paramref name="asOf"/>: the register's n.</summary>
    private async Task<int> NamedPeopleAsync(DateOnly asOf, CancellationToken ct) =>
        await db.KnownDetainees.In(Population.Named)
            .CountAsync(d => db.KnownEvents.Any(e => e.DetaineeId == d.Id && e.ReviewState == ReviewState.Approved && e.EventDate <= asOf), ct);
}
