using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Announcements;

/// <summary>
/// A number as it was worded: "116" (exact), "over 400" (at least), "about 50",
/// "60 to 70" (range) or "a significant number" (none).
/// </summary>
public sealed record ClaimedNumber
{
    public NumberQualifier Qualifier { get; }
    /// <summary>The stated number, or a range's low end: the figure used in comparisons.</summary>
    public int? Low { get; }

    /// <summary>The highest the claim allows: a range's high end, the number itself, or none ("at least").</summary>
    public int? High { get; }

    private ClaimedNumber(NumberQualifier qualifier, int? low, int? high)
    {
        Qualifier = qualifier;
        Low = low;
        High = high;
    }

    public static ClaimedNumber None { get; } = new(NumberQualifier.None, null, null);

    public static ClaimedNumber Create(NumberQualifier qualifier, int? low, int? high = null)
    {
        if (!Enum.IsDefined(qualifier)) throw new DomainRuleException("NumberQualifier", "Unknown number qualifier.");
        if (qualifier == NumberQualifier.None)
        {
            if (low is not null || high is not null)
                throw new DomainRuleException("ClaimedLow", "A claim without a number cannot carry one; choose another qualifier.");
            return None;
        }
        if (low is null) throw new DomainRuleException("ClaimedLow", "The claimed number is required for this qualifier.");
        if (low < 0 || high < 0) throw new DomainRuleException("ClaimedLow", "A claimed number cannot be negative.");
        if (qualifier == NumberQualifier.Range)
        {
            if (high is null) throw new DomainRuleException("ClaimedHigh", "A range needs its high end.");
            if (low > high) throw new DomainRuleException("ClaimedLow", $"The range's low end ({low}) is above its high end ({high}).");
            return new(qualifier, low, high);
        }
        if (high is not null && high != low)
            throw new DomainRuleException("ClaimedHigh", "Only a range has a separate high end.");
        // "Over 400" sets no upper bound: High stays empty rather than suggesting exactly 400.
        return new(qualifier, low, qualifier == NumberQualifier.AtLeast ? null : low);
    }

    /// <summary>The single figure used when comparing with verified counts: a range's midpoint is not invented, its low end is used.</summary>
    public int? Headline => Low;

    public override string ToString() => Qualifier switch
    {
        NumberQualifier.None => "unspecified",
        NumberQualifier.Exact => $"{Low}",
        NumberQualifier.AtLeast => $"at least {Low}",
        NumberQualifier.AtMost => $"at most {Low}",
        NumberQualifier.Approximately => $"about {Low}",
        _ => $"{Low}–{High}",
    };
}
