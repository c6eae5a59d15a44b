using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Localization;

/// <summary>
/// Every public page, in both languages, has its sentences filled in: a "{0} to {1}" left in a page
/// means a localized string was read without its arguments (as <c>.Value</c> of an HTML string does).
/// Nor does any page name someone twice, "Foro Penal (Foro Penal)", when a speaker is their organisation.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class PlaceholderTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task NoPublicPageShowsAnUnfilledPlaceholderOrADoubledName(string culture)
    {
        var client = app.CreateClient();
        var pages = await PagesAsync();
        var leaks = new List<string>();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page + (page.Contains('?') ? "&" : "?") + $"culture={culture}");
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{page}: {response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            leaks.AddRange(Placeholder().Matches(html).Select(m => $"{page}: …{Around(html, m.Index)}…"));
            leaks.AddRange(Doubled().Matches(html).Select(m => $"{page}: doubled “{m.Value}”"));
        }

        Assert.True(pages.Count > 40, $"the sweep covers {pages.Count} pages");
        Assert.True(leaks.Count == 0, $"{leaks.Count} unfilled placeholders or doubled names ({culture}):\n" + string.Join("\n", leaks.Take(10)));
    }

    /// <summary>The dashboard on every date of the story, the lists (with a refused filter), every record page, the rest.</summary>
    private async Task<List<string>> PagesAsync()
    {
        await using var db = app.CreateDbContext();
        var pages = new List<string>
        {
            "/", "/?asOf=2026-01-05", "/?asOf=2026-01-08", "/?asOf=2026-01-10&feed=all", "/?asOf=2026-01-12", "/?asOf=2026-01-13",
            "/?asOf=2026-01-15&since=2026-01-10", "/?asOf=2026-01-22", "/?asOf=1800-01-01&since=soon", "/detainees", "/detainees?q=zzz&minor=maybe",
            "/detainees?status=released&asOf=2026-01-13", "/facilities", "/facilities?asOf=2026-01-13", "/announcements",
            "/announcements?role=tally", "/announcements?organisationKind=church", "/methodology", "/embed/timeseries",
            "/embed/timeseries?from=2026-01-05&to=2026-01-22", "/no-such-page",
        };
        pages.AddRange((await db.Detainees.Select(d => d.Id).ToListAsync()).Select(id => $"/detainees/{id}"));
        pages.AddRange((await db.Facilities.Select(f => f.Id).ToListAsync()).Select(id => $"/facilities/{id}"));
        pages.AddRange((await db.Announcements.Select(a => a.Id).ToListAsync()).Select(id => $"/announcements/{id}"));
        return pages;
    }

    private static string Around(string html, int at) => html.Substring(Math.Max(0, at - 80), Math.Min(160, html.Length - Math.Max(0, at - 80)));

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>A name followed by itself in parentheses.</summary>
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}.’'-]*(?: [\p{L}.’'-]+)*) \(\k<name>\)")]
    private static partial Regex Doubled();
}
