using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Announcements;

/// <summary>
/// A number as it was worded: "116" (exact), "over 400" (more than), "at least 800", "about 50",
/// "up to 80", "60 to 70" (range) or "a significant number" (none). The wording is the qualifier;
/// <see cref="Low"/> and <see cref="High"/> are the figures it states, never widened or rounded.
/// </summary>
public sealed record ClaimedNumber
{
    public NumberQualifier Qualifier { get; }

    /// <summary>The stated number, or a range's low end: the figure used in comparisons. "More than 400" states 400.</summary>
    public int? Low { get; }

    /// <summary>The highest the wording allows: a range's high end, or the number itself ("116", "about 50", "up to 80"); none for "more than" and "at least".</summary>
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
        // "Over 400" and "at least 800" set no upper bound: High stays empty rather than suggesting exactly that number.
        return new(qualifier, low, IsOpenEnded(qualifier) ? null : low);
    }

    /// <summary>The single figure used when comparing: a range's midpoint is not invented, its low end is used.</summary>
    public int? Headline => Low;

    /// <summary>Worded without hedging ("116", "60 to 70"): preferred when two numbers are otherwise equal.</summary>
    public bool IsPrecise => Qualifier is NumberQualifier.Exact or NumberQualifier.Range;

    private static bool IsOpenEnded(NumberQualifier qualifier) => qualifier is NumberQualifier.MoreThan or NumberQualifier.AtLeast;

    /// <summary>The wording in English, as the API's <c>text</c> fields give it (the pages word it in the reader's language).</summary>
    public override string ToString() => Qualifier switch
    {
        NumberQualifier.None => "unspecified",
        NumberQualifier.Exact => $"{Low}",
        NumberQualifier.MoreThan => $"more than {Low}",
        NumberQualifier.AtLeast => $"at least {Low}",
        NumberQualifier.About => $"about {Low}",
        NumberQualifier.UpTo => $"up to {Low}",
        _ => $"{Low}–{High}",
    };
}
