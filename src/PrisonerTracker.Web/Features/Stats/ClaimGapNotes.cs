using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>The plain-English notes of a claim gap: why its numbers may not count the same thing.</summary>
internal static class ClaimGapNotes
{
    public static IReadOnlyList<string> For(Announcement claim, AnnouncementFigure figure, ClaimAgainstTallies independent,
        RegisterCount register, AnnouncementLedger ledger)
    {
        var notes = new List<string>();
        var day = $"{claim.Date:yyyy-MM-dd}";
        if (claim.Claim == ClaimKind.Detained)
            notes.Add("This claim counts people detained; it is set beside tallies of people held and the named cases counted as held or of unknown whereabouts on its date.");
        if (claim.Claim == ClaimKind.ToBeReleased)
            notes.Add("This claim promises releases; the releases counted so far are shown for reference.");
        if (claim.Partial)
            notes.Add("This claim counts only part of the people concerned, so it is not set against national tallies.");
        if (claim.Claim != ClaimKind.Detained && claim.WindowFrom is null)
            notes.Add(register.From is { } start
                ? $"The claim gives no time window; it is set against counts from the first official release announcement ({start:yyyy-MM-dd}) to {register.To:yyyy-MM-dd}."
                : "The claim gives no time window, and no official release announcement dates the start: every release on record up to its date is counted.");
        if (claim.Number.Low is null) notes.Add("The claim gives no number, so there is nothing to compare.");
        if (!claim.Partial && independent.Tallies is null)
            notes.Add($"No independent tally of the same kind, counting over a comparable period, was in force on {day}.");

        foreach (var tally in independent.Tallies?.Tallies ?? [])
        {
            if (tally.Window != figure.Window)
                notes.Add($"{tally.Organisation} counts over {tally.Window}; " + (figure.Window == "unspecified" ? "the claim gives no window." : $"the claim covers {figure.Window}."));
            if (!string.Equals(tally.Scope, figure.Scope, StringComparison.OrdinalIgnoreCase))
                notes.Add($"{tally.Organisation} counts “{tally.Scope}”; the claim counts “{figure.Scope}”.");
        }
        foreach (var other in claim.Partial ? [] : ledger.OtherPeriods(claim, claim.Date))
        {
            var organisation = ledger.Figure(other).Organisation;
            notes.Add($"{organisation} counts releases from {other.CountsFrom(ledger.ReleasesBegan):yyyy-MM-dd}, another period: it is not set against this claim.");
        }
        return notes;
    }
}
