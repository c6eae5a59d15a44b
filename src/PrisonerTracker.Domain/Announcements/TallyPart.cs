using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Announcements;

/// <summary>One group of a tally of people held, as the tally gave it: "175 military", "105 women".</summary>
public sealed class TallyPart
{
    public TallyPart(TallyGroup group, int count)
    {
        if (!Enum.IsDefined(group)) throw new DomainRuleException("Breakdown", "Unknown group.");
        if (count < 0) throw new DomainRuleException("Breakdown", "A group cannot count fewer than no one.");
        Group = group;
        Count = count;
    }

    public TallyGroup Group { get; private set; }
    public int Count { get; private set; }
}
