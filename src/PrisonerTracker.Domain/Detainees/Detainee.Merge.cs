using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Detainees;

// Merging duplicates: one person entered twice becomes one record. Every fact moves to the kept
// record; the duplicate is soft-deleted, not erased, so the merge can be undone exactly.
public sealed partial class Detainee
{
    /// <summary>
    /// Moves the duplicate's events (deleted ones too, with their sources) onto this person, adds
    /// its names as variants, and soft-deletes it. A withheld duplicate withholds this person:
    /// its facts must not become public through the merge.
    /// </summary>
    public DetaineeMerge Absorb(Detainee duplicate, string mergedBy, string? mergedById, DateTimeOffset now)
    {
        if (duplicate.Id == Id) throw new DomainRuleException("DuplicateId", "A person cannot be merged into themselves.");
        if (IsDeleted || duplicate.IsDeleted) throw new DomainRuleException("DuplicateId", "Both people must still be on record.");
        var moved = duplicate._events.ToList();
        foreach (var recorded in moved)
        {
            recorded.MoveTo(Id);
            duplicate._events.Remove(recorded);
            _events.Add(recorded);
        }
        var added = new[] { duplicate.Name }.Concat(duplicate.NameVariants)
            .Where(n => n != Name && !NameVariants.Contains(n)).Distinct()
            .Take(Math.Max(0, FieldLimits.NameVariantCount - NameVariants.Count)).ToList();
        NameVariants = [.. NameVariants, .. added];
        var withhold = duplicate.Withheld && !Withheld;
        if (withhold) Withhold();
        duplicate.MarkDeleted(now);
        return new DetaineeMerge(Id, duplicate.Id, [.. moved.Select(e => e.Id)], added, withhold, mergedBy, mergedById, now);
    }

    /// <summary>
    /// Undoes <paramref name="merge"/>: the duplicate comes back and its events and names leave this
    /// person. A person the merge withheld stays withheld: publishing is a second person's decision.
    /// </summary>
    public void SplitOff(Detainee duplicate, DetaineeMerge merge, string undoneBy, DateTimeOffset now)
    {
        if (merge.KeptId != Id || merge.MergedId != duplicate.Id) throw new DomainRuleException("MergeId", "This merge is not between these people.");
        if (IsDeleted) throw new DomainRuleException("MergeId", "The kept person was deleted or merged again; undo that first.");
        merge.Undo(undoneBy, now);
        foreach (var recorded in _events.Where(e => merge.MovedEventIds.Contains(e.Id)).ToList())
        {
            recorded.MoveTo(duplicate.Id);
            _events.Remove(recorded);
            duplicate._events.Add(recorded);
        }
        NameVariants = [.. NameVariants.Where(v => !merge.AddedNameVariants.Contains(v))];
        duplicate.Restore();
    }
}
