using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>
/// No withheld person and no restricted field reaches any public page, search result or CSV,
/// while the withheld person still counts in the facility's aggregate.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class PagePrivacyTests(TrackerApp app) : IAsyncLifetime
{
    private const string Withheld = "SENTINEL-WITHHELD-7f3a";
    private const string Restricted = "SENTINEL-RESTRICTED-";
    private Guid _withheldId;
    private Guid _publicId;
    private Guid _helicoide;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _helicoide = await app.FacilityIdAsync("El Helicoide");
        _withheldId = await app.AddAsync(Withheld, new DateOnly(2026, 1, 2), _helicoide, withheld: true);
        _publicId = await app.AddAsync("Public Sentinel Person", new DateOnly(2026, 1, 2), _helicoide,
            restricted: new RestrictedDetails(Restricted + "ID", Restricted + "CONTACT", Restricted + "HEALTH", Restricted + "NOTES"));

        // An announcement names the withheld person: the page must still not.
        await using var db = app.CreateDbContext();
        var announcement = await db.Announcements.Include(a => a.NamedDetainees).SingleAsync(a => a.Speaker.StartsWith("Guacamaya"));
        announcement.Name(await db.Detainees.SingleAsync(d => d.Id == _withheldId));
        announcement.Name(await db.Detainees.SingleAsync(d => d.Id == _publicId));
        await db.SaveChangesAsync();
        _guacamaya = announcement.Id;
    }

    private Guid _guacamaya;

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task NoPublicPageOrDownloadShowsWithheldPeopleOrRestrictedFields()
    {
        var client = app.CreateClient();
        var pages = new List<string>
        {
            "/", "/detainees", "/detainees?q=SENTINEL", "/detainees?q=sentinel&culture=es", "/detainees?q=withheld",
            $"/detainees?facilityId={_helicoide}", $"/detainees/{_publicId}", $"/detainees/{_publicId}?culture=es",
            "/facilities", $"/facilities/{_helicoide}", $"/facilities/{_helicoide}?culture=es", "/announcements",
        };
        var announcements = await client.GetStringAsync("/announcements");
        pages.AddRange(AnnouncementLink().Matches(announcements).Select(m => m.Value).Distinct());
        var csvLinks = new List<string>();

        foreach (var path in pages)
        {
            var html = await client.GetStringAsync(path);
            AssertClean(path, html);
            if (PageHtml.Href(html, "data-testid=\"csv-link\"") is { } csv) csvLinks.Add(csv);
        }
        Assert.NotEmpty(csvLinks);
        foreach (var csv in csvLinks) AssertClean(csv, await client.GetStringAsync(csv));

        // Searching for the exact name finds no one (the search box only echoes what was typed).
        Assert.Empty(PageHtml.DetaineeNames(await client.GetStringAsync($"/detainees?q={Withheld}")));
        var exactCsv = await client.GetStringAsync($"/api/v1/detainees?q={Withheld}&format=csv");
        AssertClean("CSV of an exact-name search", exactCsv);

        var hidden = await client.GetAsync($"/detainees/{_withheldId}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        AssertClean("withheld page", await hidden.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnnouncementNamingAWithheldPersonListsOnlyThePublicOnes()
    {
        var html = await app.CreateClient().GetStringAsync($"/announcements/{_guacamaya}");
        var named = PageHtml.DetaineeNames(html);
        Assert.Equal(9, named.Count);
        Assert.Contains("Public Sentinel Person", named);
        AssertClean("announcement", html);
    }

    [Fact]
    public async Task PublicPersonPageShowsTheNameButNoRestrictedValue()
    {
        var html = await app.CreateClient().GetStringAsync($"/detainees/{_publicId}");
        Assert.Contains("<h1>Public Sentinel Person</h1>", html);
        Assert.DoesNotContain(Restricted, html);
    }

    [Fact]
    public async Task FacilityPageNeitherNamesNorCountsTheWithheldPerson()
    {
        var html = await app.CreateClient().GetStringAsync($"/facilities/{_helicoide}");
        var named = PageHtml.DetaineeNames(html);
        Assert.Contains("Public Sentinel Person", named);
        Assert.DoesNotContain(Withheld, html);
        // One named person held there (a small count, shown as such); nothing hints at anyone else.
        Assert.Matches("data-testid=\"held-count\">&lt;5</strong> people held", html);
        Assert.DoesNotContain("not named", html);
    }

    [Fact]
    public async Task StaffSeeTheExactNamedCountAndTheWithheldName()
    {
        var html = await app.CreateStaffClient("Editor").GetStringAsync($"/facilities/{_helicoide}");
        Assert.Contains("data-testid=\"held-count\">1</strong> person held", html);
        Assert.Contains(Withheld, html);
        Assert.DoesNotContain("not named", html);
    }

    private static void AssertClean(string where, string body)
    {
        Assert.False(body.Contains("SENTINEL-WITHHELD", StringComparison.OrdinalIgnoreCase), $"{where} shows the withheld person");
        Assert.False(body.Contains(Restricted, StringComparison.OrdinalIgnoreCase), $"{where} shows a restricted field");
    }

    [GeneratedRegex("/announcements/[0-9a-f-]{36}")]
    private static partial Regex AnnouncementLink();
}
