using System.Net;
using System.Text.RegularExpressions;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>Details a reader notices: the site's icon in every tab, and a date hint that does not contradict the date picker.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class SmallFixesPageTests(TrackerApp app)
{
    [Theory]
    [InlineData("/methodology")]
    [InlineData("/embed/timeseries")]
    public async Task PageNamesTheSitesIconAndTheIconIsServed(string path)
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync(path);
        var href = IconLink().Match(html).Groups["href"].Value;
        Assert.StartsWith("/favicon.svg", href);

        var icon = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("en", "Pick the day in the calendar")]
    [InlineData("es", "Elija el día en el calendario")]
    public async Task DateHintNamesNoFixedOrderBecauseThePickerShowsTheReadersOwn(string culture, string hint)
    {
        var html = await app.CreateClient().GetStringAsync($"/?culture={culture}");
        var text = Regex.Match(html, "<span class=\"hint\" id=\"asOf-hint\">(?<hint>[^<]*)</span>").Groups["hint"].Value;

        Assert.StartsWith(hint, text);
        Assert.DoesNotMatch("YYYY|AAAA|MM|DD", text);
    }

    [GeneratedRegex("<link rel=\"icon\" href=\"(?<href>[^\"]+)\" type=\"image/svg\\+xml\" />")]
    private static partial Regex IconLink();
}
