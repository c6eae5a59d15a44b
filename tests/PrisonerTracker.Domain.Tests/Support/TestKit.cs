using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Tests.Support;

/// <summary>The fixed "now" every test runs at, and short-hands for dates around it.</summary>
internal static class Clock
{
    public static readonly DateTimeOffset Now = new(2026, 1, 20, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 1, 20);

    /// <summary>A day in January 2026 (today is the 20th).</summary>
    public static DateOnly Jan(int day) => new(2026, 1, day);

    /// <summary>A day in December 2025.</summary>
    public static DateOnly Dec(int day) => new(2025, 12, day);
}

internal static class Rule
{
    /// <summary>Asserts that <paramref name="act"/> breaks a domain rule on <paramref name="field"/> with a message containing each fragment.</summary>
    public static DomainRuleException Broken(string field, Action act, params string[] messageContains)
    {
        var error = Assert.Throws<DomainRuleException>(act);
        Assert.Equal(field, error.Field);
        foreach (var fragment in messageContains) Assert.Contains(fragment, error.Message);
        return error;
    }
}
