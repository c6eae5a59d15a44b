using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Privacy;

namespace PrisonerTracker.Web.Features.Stats;

public sealed partial class StatsService
{
    /// <summary>The claim gap of one announcement; null when there is no such announcement.</summary>
    public async Task<ClaimGapReport?> GetClaimGapAsync(Guid id, Confidence threshold, CancellationToken ct)
    {
        var row = await Announcements(a => a.Id == id).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var claim = row.ToDto();
        var start = await FirstOfficialReleaseDateAsync(ct);
        var notes = new List<string>();

        VerifiedCount verified;
        if (row.Claim == ClaimKind.Detained)
        {
            var detained = await db.StatusOn(claim.Date, threshold, Population.Named).CountAsync(s => s.Status == "Held" || s.Status == "WhereaboutsUnknown", ct);
            verified = new VerifiedCount("detained", detained, null, claim.Date, threshold.ToString(), "onDate");
            notes.Add("This announcement counts people detained; it is set beside the people counted as held or of unknown whereabouts on its date.");
        }
        else
        {
            var (from, to) = (claim.WindowFrom ?? start, claim.WindowTo ?? claim.Date);
            var basis = claim.WindowFrom is not null ? "claimWindow" : start is not null ? "sinceFirstOfficialReleaseAnnouncement" : "allRecord";
            verified = new VerifiedCount("releases", await VerifiedReleasesAsync(from, to, threshold, ct), from, to, threshold.ToString(), basis);
            if (row.Claim == ClaimKind.ToBeReleased) notes.Add("This announcement promises releases; the releases verified so far are shown for reference.");
            if (claim.WindowFrom is null)
                notes.Add(start is null
                    ? "The claim gives no time window, and no official release announcement dates the start: every verified release on record up to its date is counted."
                    : $"The claim gives no time window; verified releases are counted from the first official release announcement ({start:yyyy-MM-dd}) to {to:yyyy-MM-dd}.");
        }
        if (claim.Low is null) notes.Add("The claim gives no number, so there is nothing to subtract.");

        var tallies = new List<TallyBeside>();
        foreach (var tally in await TalliesInForceAsync(claim, ct))
        {
            var inItsWindow = await VerifiedReleasesAsync(tally.WindowFrom ?? start, tally.WindowTo ?? tally.Date, threshold, ct);
            var sameWindow = tally.WindowFrom == claim.WindowFrom && tally.WindowTo == claim.WindowTo;
            tallies.Add(new TallyBeside(tally, sameWindow, inItsWindow));
            if (!sameWindow)
                notes.Add($"{tally.Organisation} counts over {tally.Window}; " + (claim.Window == "unspecified" ? "the claim gives no window." : $"the claim covers {claim.Window}."));
            if (!string.Equals(tally.Scope, claim.Scope, StringComparison.OrdinalIgnoreCase))
                notes.Add($"{tally.Organisation} counts “{tally.Scope}”; the claim counts “{claim.Scope}”.");
        }

        var comparable = row.Claim == ClaimKind.Released && claim.Low is not null && claim.WindowFrom is not null;
        return new ClaimGapReport(claim, verified, claim.Low - verified.Count, tallies, comparable, notes);
    }

    /// <summary>The latest release tally of each NGO or intergovernmental body on or before the claim's date.</summary>
    private async Task<IEnumerable<LatestClaim>> TalliesInForceAsync(LatestClaim claim, CancellationToken ct)
    {
        var candidates = await Announcements(a => a.Claim == ClaimKind.Released && a.Date <= claim.Date && a.Id != claim.Id, TallyKinds).ToListAsync(ct);
        return candidates.GroupBy(c => c.OrganisationId).Select(g => g.First().ToDto()).OrderByDescending(t => t.Date).ThenBy(t => t.Organisation);
    }
}
