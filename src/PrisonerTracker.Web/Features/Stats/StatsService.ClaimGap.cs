using PrisonerTracker.Domain.Status;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Privacy;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>What <see cref="StatsService.GetClaimGapAsync"/> found: a claim's gap, a tally (which has none), or nothing.</summary>
public sealed record ClaimGapLookup(ClaimGapReport? Report, bool IsTally);

public sealed partial class StatsService
{
    /// <summary>The claim gap of one official claim; for a tally, <c>IsTally</c> and no report; for an unknown id, neither.</summary>
    public async Task<ClaimGapLookup> GetClaimGapAsync(Guid id, Confidence threshold, Links links, CancellationToken ct)
    {
        var ledger = await LedgerAsync(links, ct);
        if (ledger.Find(id) is not { } claim) return new(null, false);
        if (claim.Role == AnnouncementRole.Tally) return new(null, true);

        var figure = ledger.Figure(claim);
        var register = await RegisterBesideAsync(claim, ledger, threshold, ct);
        var independent = ledger.Against(claim, claim.Date);
        var notes = ClaimGapNotes.For(claim, figure, independent, register, ledger);
        var comparable = claim.Claim == ClaimKind.Released && !claim.Partial && claim.Number.Low is not null
            && claim.WindowFrom is not null && independent.Tallies is not null;
        return new(new ClaimGapReport(figure, independent, register, comparable, notes), false);
    }

    /// <summary>An independent tally beside the claims around it; null when the id is not a tally.</summary>
    public async Task<TallyComparison?> GetTallyComparisonAsync(Guid id, Confidence threshold, Links links, CancellationToken ct)
    {
        var ledger = await LedgerAsync(links, ct);
        if (ledger.Find(id) is not { Role: AnnouncementRole.Tally } tally) return null;
        var counts = AnnouncementLedger.Counts(tally);
        var claim = InForce.OfficialClaim(ledger.All, counts, tally.Date);
        var others = tally.Partial ? null : ledger.Range(counts, ledger.CountingFrom(tally), tally.Date);
        return new TallyComparison(ledger.Figure(tally), claim is null ? null : ledger.Figure(claim), others,
            await RegisterBesideAsync(tally, ledger, threshold, ct));
    }

    /// <summary>
    /// The register's own count for an announcement's period: for a count of detentions, the named people held
    /// or of unknown whereabouts on its date; otherwise the named people with a counted release in its window
    /// (else from when official releases began) up to its window's end (else its date).
    /// </summary>
    private async Task<RegisterCount> RegisterBesideAsync(Announcement a, AnnouncementLedger ledger, Confidence threshold, CancellationToken ct)
    {
        var label = RegisterCount.NamedCases;
        if (a.Claim == ClaimKind.Detained)
        {
            var detained = await db.StatusOn(a.Date, threshold, Population.Named).CountAsync(s => s.Status == DetaineeStatus.Held || s.Status == DetaineeStatus.WhereaboutsUnknown, ct);
            return new RegisterCount(label, "detained", detained, null, a.Date, QueryNames.Of(threshold), "on-date");
        }
        var (from, to) = (a.CountsFrom(ledger.ReleasesBegan), a.WindowTo ?? a.Date);
        var basis = a.WindowFrom is not null ? "window" : from is not null ? "since-first-official-release-announcement" : "all-record";
        var count = from > to ? 0 : await VerifiedReleasesAsync(from, to, threshold, ct);
        return new RegisterCount(label, "releases", count, from, to, QueryNames.Of(threshold), basis);
    }
}
