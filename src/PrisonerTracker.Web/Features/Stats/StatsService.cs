using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>Aggregate numbers, shared by the dashboard pages and the stats API.</summary>
public sealed class StatsService(TrackerDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Summary> GetSummaryAsync(DateOnly? asOf = null, Confidence threshold = Confidence.Verified, CancellationToken ct = default)
    {
        var date = asOf ?? Today;
        var counts = await db.StatusOn(date, threshold)
            .GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        var unverifiedReleases = await db.StatusOn(date, threshold)
            .CountAsync(s => (s.Status == "Held" || s.Status == "WhereaboutsUnknown")
                && (s.UnverifiedKind == nameof(EventKind.ReleasedConditional) || s.UnverifiedKind == nameof(EventKind.ReleasedFull)), ct);

        int Count(string status) => counts.GetValueOrDefault(status);
        return new Summary(date, threshold.ToString(),
            Held: Count("Held"),
            WhereaboutsUnknown: Count("WhereaboutsUnknown"),
            ReleasedVerified: Count("ReleasedConditional") + Count("ReleasedFull"),
            ReleasedConditional: Count("ReleasedConditional"),
            ReleasedFull: Count("ReleasedFull"),
            ReleaseReportedUnverified: unverifiedReleases,
            Deceased: Count("Deceased"),
            LatestOfficialClaim: await LatestOfficialClaimAsync(date, ct));
    }

    private async Task<LatestClaim?> LatestOfficialClaimAsync(DateOnly date, CancellationToken ct) =>
        await (from a in db.Announcements
               join o in db.Organisations on a.OrganisationId equals o.Id
               where o.Kind == OrganisationKind.Government && a.Date <= date && a.Claim == ClaimKind.Released
               orderby a.Date descending, a.Number.Low == null, a.CreatedAt descending
               select new { a.Id, a.Date, a.Speaker, Organisation = o.Name, a.Claim, a.Number, a.Scope })
            .AsNoTracking()
            .Take(1)
            .AsAsyncEnumerable()
            .Select(a => new LatestClaim(a.Id, a.Date, a.Speaker, a.Organisation, a.Claim.ToString(), a.Number.ToString(), a.Number.Low, a.Scope,
                a.Number.Qualifier, a.Number.High))
            .FirstOrDefaultAsync(ct);
}
