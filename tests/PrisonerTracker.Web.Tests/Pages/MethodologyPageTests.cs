using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

[Collection(TrackerAppCollection.Name)]
public sealed class MethodologyPageTests(TrackerApp app)
{
    [Theory]
    [InlineData("en", "What each status means", "Confidence levels", "Official claims, independent tallies and this register", "How to cite", "What we withhold, and why")]
    [InlineData("es", "Qué significa cada situación", "Niveles de confianza", "Cifras oficiales, recuentos independientes y este registro", "Cómo citar", "Qué no publicamos y por qué")]
    public async Task ExplainsStatusesConfidenceClaimsCitingAndWithholdingInBothLanguages(string culture, params string[] headings)
    {
        var html = await app.CreateClient().GetStringAsync($"/methodology?culture={culture}");
        foreach (var heading in headings) Assert.Contains($">{heading}</h2>", html);
    }

    [Fact]
    public async Task ListsEveryStatusAndConfidenceLevelInOrder()
    {
        var html = await app.CreateClient().GetStringAsync("/methodology");
        foreach (var status in new[] { "held", "whereabouts unknown", "released with conditions", "fully released", "deceased", "not held" })
            Assert.Contains($"<dt>{status}</dt>", html);
        var positions = new[] { "claimed", "reported", "verified", "confirmed" }.Select(c => html.IndexOf($"<li><strong>{c}</strong>")).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task StatesTheDefaultThresholdSmallCellAndNotNamedRules()
    {
        var html = await app.CreateClient().GetStringAsync("/methodology");
        Assert.Contains("“verified” unless stated otherwise", html);
        Assert.Contains("“&lt;5”", html);
        Assert.Contains("people not named are counted apart, nationally, at the end of each month", html);
    }
}
