using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>
/// Merges a duplicate into the person kept, and undoes a merge. Each is one SaveChanges: one
/// transaction, with the audit entries of every moved event, both people and the merge record.
/// The status read model follows by itself (its trigger refreshes both people when events move).
/// </summary>
public sealed class DetaineeMergeService(TrackerDbContext db, TimeProvider clock)
{
    public async Task<DetaineeMerge> MergeAsync(Guid keptId, Guid duplicateId, Viewer viewer, CancellationToken ct)
    {
        var kept = await db.Detainees.SingleOrDefaultAsync(d => d.Id == keptId, ct)
            ?? throw new DomainRuleException("KeptId", "There is no such person to keep.");
        var duplicate = await db.Detainees.SingleOrDefaultAsync(d => d.Id == duplicateId, ct)
            ?? throw new DomainRuleException("DuplicateId", "There is no such person to merge.");
        // Deleted events move too, so that the record of what was once said stays with the person.
        await db.Events.IgnoreQueryFilters().Where(e => e.DetaineeId == duplicateId).Include(e => e.Sources).LoadAsync(ct);

        var merge = kept.Absorb(duplicate, viewer.Name!, viewer.AuthorId, clock.GetUtcNow());
        var naming = await AnnouncementsNamingAsync(duplicateId, ct);
        var alreadyNamingKept = naming.Where(a => a.NamedDetainees.Any(d => d.Id == keptId)).Select(a => a.Id).ToList();
        foreach (var announcement in naming)
        {
            announcement.Unname(duplicate);
            announcement.Name(kept);
        }
        merge.RecordAnnouncements([.. naming.Select(a => a.Id)], alreadyNamingKept);
        db.Merges.Add(merge);
        await db.SaveChangesAsync(ct);
        return merge;
    }

    public async Task<DetaineeMerge> UndoAsync(Guid mergeId, Viewer viewer, CancellationToken ct)
    {
        var merge = await db.Merges.SingleOrDefaultAsync(m => m.Id == mergeId, ct)
            ?? throw new DomainRuleException("MergeId", "There is no such merge.");
        var kept = await db.Detainees.IgnoreQueryFilters().SingleAsync(d => d.Id == merge.KeptId, ct);
        var duplicate = await db.Detainees.IgnoreQueryFilters().SingleAsync(d => d.Id == merge.MergedId, ct);
        var moved = merge.MovedEventIds.ToList();
        await db.Events.IgnoreQueryFilters().Where(e => moved.Contains(e.Id)).Include(e => e.Sources).LoadAsync(ct);
        var named = merge.AnnouncementIds.ToList();
        var announcements = await db.Announcements.IgnoreQueryFilters().Include(a => a.NamedDetainees)
            .Where(a => named.Contains(a.Id)).ToListAsync(ct);

        kept.SplitOff(duplicate, merge, viewer.Name!, clock.GetUtcNow());
        foreach (var announcement in announcements)
        {
            announcement.Name(duplicate);
            if (!merge.AnnouncementsNamingKept.Contains(announcement.Id)) announcement.Unname(kept);
        }
        await db.SaveChangesAsync(ct);
        return merge;
    }

    /// <summary>Merges, latest first, with the two people's names (staff pages only).</summary>
    public async Task<IReadOnlyList<MergeLine>> ListAsync(int take, CancellationToken ct) =>
        await db.Merges.AsNoTracking().OrderByDescending(m => m.MergedAt).Take(take)
            .Select(m => new MergeLine(m.Id, m.KeptId,
                db.Detainees.IgnoreQueryFilters().Where(d => d.Id == m.KeptId).Select(d => d.Name).First(), m.MergedId,
                db.Detainees.IgnoreQueryFilters().Where(d => d.Id == m.MergedId).Select(d => d.Name).First(),
                m.MovedEventIds.Count, m.MergedBy, m.MergedAt, m.UndoneBy, m.UndoneAt))
            .ToListAsync(ct);

    /// <summary>Where a merged-away person went: the kept person of the merge still in force, if any.</summary>
    public Task<Guid?> KeptInsteadOfAsync(Guid mergedId, CancellationToken ct) =>
        db.Merges.AsNoTracking().Where(m => m.MergedId == mergedId && m.UndoneAt == null).Select(m => (Guid?)m.KeptId).FirstOrDefaultAsync(ct);

    private Task<List<Announcement>> AnnouncementsNamingAsync(Guid detaineeId, CancellationToken ct) =>
        db.Announcements.IgnoreQueryFilters().Include(a => a.NamedDetainees)
            .Where(a => a.NamedDetainees.Any(d => d.Id == detaineeId)).ToListAsync(ct);
}

public sealed record MergeLine(Guid Id, Guid KeptId, string KeptName, Guid MergedId, string MergedName, int Events,
    string MergedBy, DateTimeOffset MergedAt, string? UndoneBy, DateTimeOffset? UndoneAt);
