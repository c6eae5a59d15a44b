using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Tests.Support;
using static PrisonerTracker.Domain.Tests.Support.Clock;

namespace PrisonerTracker.Domain.Tests;

public sealed class GuardTests
{
    [Fact]
    public void CountryCodesNormalisesLowerCaseToUpperCase()
    {
        Assert.Equal(["ES"], Guard.CountryCodes(["es"], "Nationalities"));
    }

    [Fact]
    public void CountryCodesTrimsAndRemovesDuplicates()
    {
        Assert.Equal(["VE", "ES"], Guard.CountryCodes([" ve ", "ES", "es", "VE"], "Nationalities"));
    }

    [Fact]
    public void CountryCodesOfNullIsEmpty()
    {
        Assert.Empty(Guard.CountryCodes(null, "Nationalities"));
    }

    [Theory]
    [InlineData("ESP")]
    [InlineData("E")]
    [InlineData("E1")]
    [InlineData("")]
    [InlineData("ÉS")]
    public void CountryCodesRejectsAnythingButTwoLetters(string code)
    {
        Rule.Broken("Nationalities", () => Guard.CountryCodes([code], "Nationalities"), $"'{code}'", "ISO 3166-1 alpha-2");
    }

    [Fact]
    public void RequiredTrimsAndRejectsBlankOrTooLong()
    {
        Assert.Equal("Ana", Guard.Required("  Ana ", "Name"));
        Rule.Broken("Name", () => Guard.Required(" \t", "Name"), "Name is required");
        Rule.Broken("Name", () => Guard.Required(new string('x', 11), "Name", 10), "at most 10 characters");
    }

    [Fact]
    public void OptionalTurnsBlankIntoNull()
    {
        Assert.Null(Guard.Optional("   ", "Notes"));
        Assert.Equal("note", Guard.Optional(" note ", "Notes"));
        Rule.Broken("Notes", () => Guard.Optional("abcdef", "Notes", 5), "at most 5 characters");
    }

    [Fact]
    public void NotInFutureAcceptsTodayAndRejectsTomorrow()
    {
        Assert.Equal(Today, Guard.NotInFuture(Today, Today, "Date"));
        Rule.Broken("Date", () => Guard.NotInFuture(Today.AddDays(1), Today, "Date"), "Date 2026-01-21 is in the future");
    }
}
