using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>One claimed number of releases, for the "claims over time" chart.</summary>
public sealed record ClaimPoint(
    Guid Id,
    DateOnly Date,
    string Speaker,
    string Organisation,
    bool Official,
    NumberQualifier Qualifier,
    int Low,
    int? High);

/// <summary>
/// Every release claim that gave a number, oldest first: government bodies of the country
/// ("official") beside everyone else (NGOs, foreign governments, the UN). Claims without a
/// number ("a significant number") cannot be plotted and are left out here.
/// </summary>
public sealed class ClaimsQuery(TrackerDbContext db)
{
    public async Task<IReadOnlyList<ClaimPoint>> ReleaseClaimsAsync(DateOnly asOf, CancellationToken ct = default) =>
        await (from a in db.Announcements
               join o in db.Organisations on a.OrganisationId equals o.Id
               where a.Claim == ClaimKind.Released && a.Date <= asOf && a.Number.Low != null
               orderby a.Date, a.CreatedAt, a.Id
               select new ClaimPoint(a.Id, a.Date, a.Speaker, o.Name, o.Kind == OrganisationKind.Government,
                   a.Number.Qualifier, a.Number.Low!.Value, a.Number.High))
            .AsNoTracking()
            .ToListAsync(ct);
}
