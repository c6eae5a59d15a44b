using PrisonerTracker.Domain.Sources;
using PrisonerTracker.Domain.Tests.Support;

namespace PrisonerTracker.Domain.Tests;

public sealed class SourceTests
{
    [Fact]
    public void SourceWithAWebAddressIsLabelledByIt()
    {
        var source = new Source(" https://example.org/report ", null, "Foro Penal", null, "ES");

        Assert.Equal("https://example.org/report", source.Url);
        Assert.Equal("https://example.org/report", source.Label);
        Assert.Equal("es", source.Language);
    }

    [Fact]
    public void SourceWithADocumentNameIsLabelledByItsName()
    {
        var source = new Source("https://example.org/report", "Monthly report, January", null, new DateOnly(2026, 1, 2), null);

        Assert.Equal("Monthly report, January", source.Label);
    }

    [Fact]
    public void SourceNeedsAUrlOrADocumentName()
    {
        Rule.Broken("Url", () => new Source(" ", null, "Foro Penal", null, null), "URL or a document name");
    }

    [Theory]
    [InlineData("ftp://example.org/file")]
    [InlineData("example.org/report")]
    [InlineData("javascript:alert(1)")]
    public void SourceUrlMustBeAnAbsoluteWebAddress(string url)
    {
        Rule.Broken("Url", () => new Source(url, null, null, null, null), "absolute http or https");
    }
}
