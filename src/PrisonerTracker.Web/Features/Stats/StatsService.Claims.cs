using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Privacy;

namespace PrisonerTracker.Web.Features.Stats;

public sealed partial class StatsService
{
    /// <summary>Official claims: government bodies of the country concerned (not foreign ministries).</summary>
    internal static readonly OrganisationKind[] OfficialKinds = [OrganisationKind.Government];

    /// <summary>Independent tallies: NGOs and intergovernmental bodies (the UN).</summary>
    internal static readonly OrganisationKind[] TallyKinds = [OrganisationKind.Ngo, OrganisationKind.Intergovernmental];

    private static readonly EventKind[] ReleaseKinds = [EventKind.ReleasedConditional, EventKind.ReleasedFull];

    /// <summary>Confidence is stored by name, so "at or above" is a set, not a string comparison.</summary>
    private static Confidence[] AtOrAbove(Confidence threshold) => [.. Enum.GetValues<Confidence>().Where(c => c >= threshold)];

    /// <summary>The date of the earliest release announcement by a government body: when releases officially began.</summary>
    public async Task<DateOnly?> FirstOfficialReleaseDateAsync(CancellationToken ct) =>
        await (from a in db.Announcements
               join o in db.Organisations on a.OrganisationId equals o.Id
               where OfficialKinds.Contains(o.Kind) && a.Claim == ClaimKind.Released
               select (DateOnly?)a.Date).MinAsync(ct);

    /// <summary>
    /// The claim in force on <paramref name="date"/>: the latest release claim by one of
    /// <paramref name="kinds"/>; on one day a claim with a number wins over one without,
    /// then the later recorded. The time series orders the same way in SQL.
    /// </summary>
    private async Task<LatestClaim?> LatestClaimAsync(DateOnly date, OrganisationKind[] kinds, CancellationToken ct) =>
        (await Announcements(a => a.Claim == ClaimKind.Released && a.Date <= date, kinds).FirstOrDefaultAsync(ct))?.ToDto();

    /// <summary>Announcements with their organisation, latest in force first (the order the time series uses too).</summary>
    private IQueryable<ClaimRow> Announcements(Expression<Func<Announcement, bool>> filter, OrganisationKind[]? kinds = null) =>
        from a in db.Announcements.AsNoTracking().Where(filter)
        join o in db.Organisations on a.OrganisationId equals o.Id
        where kinds == null || kinds.Contains(o.Kind)
        orderby a.Date descending, a.Number.Low == null, a.CreatedAt descending, a.Id descending
        select new ClaimRow(a.Id, a.Date, a.Speaker, a.SpeakerOffice, o.Id, o.Name, o.Kind, a.Claim, a.Number, a.Scope, a.WindowFrom, a.WindowTo);

    /// <summary>The claim beside the people with a counted release dated in its window (or since <paramref name="since"/>, up to the claim's date).</summary>
    private async Task<ClaimGap> GapAsync(LatestClaim claim, DateOnly? since, Confidence threshold, CancellationToken ct)
    {
        var from = claim.WindowFrom ?? since;
        var to = claim.WindowTo ?? claim.Date;
        var verified = await VerifiedReleasesAsync(from, to, threshold, ct);
        return new ClaimGap(claim.Low, verified, from, to, claim.Low - verified);
    }

    /// <summary>Named people with at least one counted (approved, at or above the threshold) release event dated from <paramref name="first"/> (null: the beginning) to <paramref name="last"/>.</summary>
    public async Task<int> VerifiedReleasesAsync(DateOnly? first, DateOnly last, Confidence threshold, CancellationToken ct)
    {
        var counting = AtOrAbove(threshold);
        return await (from e in db.Events
               join d in db.Detainees.In(Population.Named) on e.DetaineeId equals d.Id
               where ReleaseKinds.Contains(e.Kind) && e.ReviewState == ReviewState.Approved && counting.Contains(e.Confidence)
                   && (first == null || e.EventDate >= first) && e.EventDate <= last
               select e.DetaineeId).Distinct().CountAsync(ct);
    }
}
