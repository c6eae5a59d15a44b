using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Detainees;

/// <summary>
/// A duplicate merged into the person kept, with exactly what moved, so that the merge can be
/// undone: the events, the names added as variants, the announcements that named the duplicate,
/// and whether the kept person was withheld because the duplicate was.
/// </summary>
public sealed class DetaineeMerge : Entity
{
    private DetaineeMerge() { MergedBy = ""; }

    internal DetaineeMerge(Guid keptId, Guid mergedId, IReadOnlyList<Guid> movedEventIds, IReadOnlyList<string> addedNameVariants,
        bool withheldKept, string mergedBy, string? mergedById, DateTimeOffset now)
    {
        KeptId = keptId;
        MergedId = mergedId;
        MovedEventIds = movedEventIds;
        AddedNameVariants = addedNameVariants;
        WithheldKept = withheldKept;
        MergedBy = Guard.Required(mergedBy, nameof(MergedBy), FieldLimits.Name);
        MergedById = Guard.Optional(mergedById, nameof(MergedById), Author.IdLength);
        MergedAt = now;
    }

    public Guid KeptId { get; private set; }
    public Guid MergedId { get; private set; }
    public IReadOnlyList<Guid> MovedEventIds { get; private set; } = [];
    public IReadOnlyList<string> AddedNameVariants { get; private set; } = [];

    /// <summary>Announcements that named the duplicate and now name the kept person.</summary>
    public IReadOnlyList<Guid> AnnouncementIds { get; private set; } = [];

    /// <summary>Of those, the ones that already named the kept person (an unmerge leaves them naming it).</summary>
    public IReadOnlyList<Guid> AnnouncementsNamingKept { get; private set; } = [];

    /// <summary>The duplicate was withheld and the kept person was not: the merge withheld the kept person.</summary>
    public bool WithheldKept { get; private set; }

    public string MergedBy { get; private set; }
    public string? MergedById { get; private set; }
    public DateTimeOffset MergedAt { get; private set; }
    public string? UndoneBy { get; private set; }
    public DateTimeOffset? UndoneAt { get; private set; }

    public bool IsUndone => UndoneAt is not null;

    public void RecordAnnouncements(IReadOnlyList<Guid> announcementIds, IReadOnlyList<Guid> alreadyNamingKept)
    {
        AnnouncementIds = announcementIds;
        AnnouncementsNamingKept = alreadyNamingKept;
    }

    internal void Undo(string by, DateTimeOffset now)
    {
        if (IsUndone) throw new DomainRuleException("MergeId", "This merge was already undone.");
        UndoneBy = Guard.Required(by, nameof(UndoneBy), FieldLimits.Name);
        UndoneAt = now;
    }
}
