using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Announcements;

// What separates an official claim from an independent tally, and what a tally says it counts.
public sealed partial class Announcement
{
    private readonly List<TallyPart> _breakdown = [];

    /// <summary>Official claim or independent tally; by default the organisation kind's (<c>OrganisationKinds.DefaultRole</c>).</summary>
    public AnnouncementRole Role { get; private set; }

    /// <summary>
    /// Counts only part of the people concerned (one nationality, a list of names, another group): shown
    /// as said, never set against national figures, never the headline claim or tally.
    /// </summary>
    public bool Partial { get; private set; }

    /// <summary>A tally of people held, by group, as the tally gave it ("175 military, 105 women, 1 adolescent").</summary>
    public IReadOnlyList<TallyPart> Breakdown => _breakdown.AsReadOnly();

    /// <summary>An official claim about everyone concerned: what the dashboard and the claim gap check.</summary>
    public bool IsOfficialClaim => Role == AnnouncementRole.Claim && !Partial;

    /// <summary>An official claim of releases about everyone concerned: the first one dates when official releases began.</summary>
    public bool IsOfficialReleaseClaim => IsOfficialClaim && Claim == ClaimKind.Released;

    /// <summary>An independent count of everyone concerned, with a number: what official claims are held against.</summary>
    public bool IsIndependentCount => Role == AnnouncementRole.Tally && !Partial && Number.Low is not null;

    /// <summary>The day a count of releases starts: its window's start, else the day official releases began.</summary>
    public DateOnly? CountsFrom(DateOnly? releasesBegan) => WindowFrom ?? releasesBegan;

    public void MarkPartial(bool partial) => Partial = partial;

    /// <summary>Replaces the breakdown; only a tally of people held with a number has one, and no group exceeds the number.</summary>
    public void BreakDown(IEnumerable<TallyPart> parts)
    {
        var list = parts.ToList();
        if (list.Select(p => p.Group).Distinct().Count() != list.Count)
            throw new DomainRuleException(nameof(Breakdown), "Each group appears once in a breakdown.");
        CheckBreakdown(list, Role, Claim, Number);
        _breakdown.Clear();
        _breakdown.AddRange(list);
    }

    private static void CheckRole(AnnouncementRole role, ClaimKind claim)
    {
        if (!Enum.IsDefined(role)) throw new DomainRuleException(nameof(Role), "Unknown role: an announcement is a claim or a tally.");
        if (role == AnnouncementRole.Tally && claim == ClaimKind.ToBeReleased)
            throw new DomainRuleException(nameof(Role), "A tally counts people held or releases that happened; a promise of releases is a claim.");
    }

    private static void CheckBreakdown(IReadOnlyCollection<TallyPart> parts, AnnouncementRole role, ClaimKind claim, ClaimedNumber number)
    {
        if (parts.Count == 0) return;
        if (role != AnnouncementRole.Tally || claim != ClaimKind.Detained || number.Low is null)
            throw new DomainRuleException(nameof(Breakdown), "Only a tally of people held, with a number, has a breakdown.");
        if (number.High is { } most && parts.FirstOrDefault(p => p.Count > most) is { } over)
            throw new DomainRuleException(nameof(Breakdown), $"The group {over.Group} ({over.Count}) is larger than the tally ({most}).");
    }
}
