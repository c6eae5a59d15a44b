using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>The announcement pages and <c>/api/v1/announcements</c> read the same records: what one shows, the other says.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class AnnouncementReadPathTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PageShowsTheNamedPeopleWithTheStatusesTheApiGives()
    {
        await using var db = app.CreateDbContext();
        var id = await db.Announcements.Where(a => a.Speaker.StartsWith("Guacamaya")).Select(a => a.Id).SingleAsync();
        var client = app.CreateClient();
        var api = (await client.GetJsonAsync($"/api/v1/announcements/{id}")).GetProperty("namedDetainees").EnumerateArray()
            .Select(n => (Id: n.GetProperty("id").GetGuid(), Status: n.GetProperty("status").GetString()!, Since: SinceAttribute(n),
                Approximate: n.GetProperty("statusSinceApproximate").GetBoolean(), ReleaseUnverified: ReleaseReportedWhileDetained(n)))
            .ToList();
        var html = await client.GetStringAsync($"/announcements/{id}");
        var page = NamedRow().Matches(html).Select(m => (Id: Guid.Parse(m.Groups["id"].Value), Status: Kebab(m.Groups["status"].Value),
            Since: m.Groups["since"].Success ? m.Groups["since"].Value : null,
            Approximate: m.Groups["approx"].Success, ReleaseUnverified: m.Groups["unverified"].Success)).ToList();

        Assert.Equal(8, api.Count);
        Assert.Equal(api, page);
        // The seed names people in several states, so a page that ignored the status would not pass.
        Assert.Contains(api, n => n.Status == "released-conditional");
        Assert.Contains(api, n => n.ReleaseUnverified);
        Assert.Contains(api, n => n.Approximate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("role=tally&organisationKind=ngo")]
    [InlineData("claim=released&organisationKind=government")]
    public async Task PageListsWhatTheApiListsForTheSameFilterLatestFirst(string filter)
    {
        var client = app.CreateClient();
        var api = (await client.GetJsonAsync($"/api/v1/announcements?limit=500&sort=-date&{filter}")).GetProperty("items").EnumerateArray()
            .Select(a => (Id: a.GetProperty("id").GetGuid(), Date: a.GetProperty("date").GetString()!, Speaker: a.GetProperty("speaker").GetString()!))
            .ToList();
        var html = await client.GetStringAsync($"/announcements?{filter}");
        var page = AnnouncementLink().Matches(html).Select(m => Guid.Parse(m.Groups["id"].Value)).ToList();

        Assert.NotEmpty(api);
        // Latest first; a day's statements by speaker, then id (the API breaks a day's ties by id alone).
        var expected = api.OrderByDescending(a => a.Date, StringComparer.Ordinal).ThenBy(a => a.Speaker, StringComparer.Ordinal)
            .ThenBy(a => a.Id).Select(a => a.Id).ToList();
        Assert.Equal(expected, page);
    }

    /// <summary>The <c>datetime</c> the page gives "since": the date to the precision the API reports.</summary>
    private static string? SinceAttribute(JsonElement named) => named.GetProperty("statusSince").GetString() is not { } since ? null
        : named.GetProperty("statusSincePrecision").GetString() switch { "month" => since[..7], "year" => since[..4], _ => since };

    /// <summary>What the page marks "release reported, unverified": counted as detained, with a later release not counted yet.</summary>
    private static bool ReleaseReportedWhileDetained(JsonElement named) =>
        named.GetProperty("status").GetString() is "held" or "whereabouts-unknown"
        && named.TryGetProperty("reportedUnverified", out var fact) && fact.ValueKind == JsonValueKind.Object
        && fact.GetProperty("kind").GetString()!.StartsWith("released-", StringComparison.Ordinal);

    /// <summary>"ReleasedConditional" (the page's data-status) → "released-conditional" (the API's).</summary>
    private static string Kebab(string name) => Regex.Replace(name, "(?<!^)([A-Z])", "-$1").ToLowerInvariant();

    [GeneratedRegex("""<th scope="row"><a href="/detainees/(?<id>[0-9a-f-]{36})">[^<]+</a></th>\s*<td><span class="[^"]+" data-status="(?<status>\w+)">[^<]*</span>\s*(?<unverified><span class="badge badge-unverified" data-testid="release-unverified">)?.*?</td>\s*<td>\s*(?<approx><abbr class="approx")?(?:(?:(?!</td>).)*?<time datetime="(?<since>[0-9-]+)">)?""", RegexOptions.Singleline)]
    private static partial Regex NamedRow();

    [GeneratedRegex("""<th scope="row"><a href="/announcements/(?<id>[0-9a-f-]{36})">""")]
    private static partial Regex AnnouncementLink();
}
