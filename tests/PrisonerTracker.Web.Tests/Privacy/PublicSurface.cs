using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Privacy;

/// <summary>
/// Everything an anonymous reader can fetch: every aggregate on each date asked for, every list,
/// record and export, JSON and CSV, and the pages in both languages.
/// </summary>
internal static partial class PublicSurface
{
    /// <summary>One anonymous response, reduced to what stays the same between two identical requests.</summary>
    public sealed record Response(string Url, int Status, string? ETag, string? LastModified, string? ContentType, string Body)
    {
        public override string ToString() => $"{Status} {ContentType} ETag {ETag} Last-Modified {LastModified}\n{Body}";
    }

    public static async Task<IReadOnlyList<string>> UrlsAsync(TrackerApp app, IEnumerable<DateOnly> dates)
    {
        await using var db = app.CreateDbContext();
        var facilities = await db.Facilities.Select(f => f.Id).ToListAsync();
        var announcements = await db.Announcements.Select(a => a.Id).ToListAsync();
        var organisations = await db.Organisations.Select(o => o.Id).ToListAsync();
        var named = await db.Detainees.Where(d => !d.Withheld).Select(d => d.Id).ToListAsync();
        var urls = new List<string>
        {
            "/api/v1/stats/summary", "/api/v1/stats/summary?minConfidence=reported",
            "/api/v1/stats/timeseries?from=2025-11-20&to=2026-01-31", "/api/v1/stats/timeseries?from=2025-11-20&to=2026-01-31&format=csv",
            "/api/v1/stats/timeseries?from=2025-11-20&to=2026-01-31&interval=week", "/api/v1/stats/timeseries?from=2025-06-01&to=2026-01-31&interval=month",
            "/api/v1/stats/timeseries?from=2025-11-20&to=2026-01-31&minConfidence=claimed",
            "/api/v1/detainees?limit=500", "/api/v1/detainees?limit=500&format=csv", "/api/v1/detainees?q=QQSENT", "/api/v1/detainees?region=QQSENT-region-1a",
            "/api/v1/detainees?nationality=NZ", "/api/v1/detainees?nationality=IS", "/api/v1/detainees?releasedFrom=2025-12-01&releasedTo=2026-01-31",
            "/api/v1/detainees?arrestedFrom=2025-12-01&arrestedTo=2026-01-31&format=csv",
            "/api/v1/events?limit=500", "/api/v1/events?limit=500&format=csv", "/api/v1/events?limit=500&from=2025-12-01&to=2026-01-31",
            "/api/v1/deletions?since=2000-01-01T00:00:00Z", "/api/v1/facilities", "/api/v1/facilities?format=csv",
            "/api/v1/organisations", "/api/v1/announcements?limit=500", "/api/v1/announcements?limit=500&format=csv",
            "/", "/?culture=es", "/detainees", "/detainees?q=QQSENT", "/detainees?nationality=NZ&culture=es", "/facilities", "/announcements",
            "/announcements?culture=es", "/methodology", "/embed/timeseries", "/embed/timeseries?from=2025-12-01&to=2026-01-31&culture=es",
        };
        urls.AddRange(facilities.SelectMany(id => new[] { $"/api/v1/facilities/{id}", $"/facilities/{id}", $"/facilities/{id}?culture=es" }));
        urls.AddRange(announcements.SelectMany(id => new[] { $"/api/v1/announcements/{id}", $"/api/v1/announcements/{id}/gap", $"/announcements/{id}", $"/announcements/{id}?culture=es" }));
        urls.AddRange(organisations.SelectMany(id => new[] { $"/api/v1/organisations/{id}", $"/api/v1/events?organisationId={id}&limit=500" }));
        urls.AddRange(named.SelectMany(id => new[] { $"/api/v1/detainees/{id}", $"/detainees/{id}", $"/detainees/{id}?culture=es" }));
        foreach (var date in dates.Distinct().Order().Select(d => d.ToString("yyyy-MM-dd")))
        {
            urls.AddRange([
                $"/api/v1/stats/summary?asOf={date}", $"/api/v1/detainees?asOf={date}&status=detained&limit=500",
                $"/api/v1/detainees?asOf={date}&status=released&limit=500&format=csv",
                $"/?asOf={date}", $"/?asOf={date}&culture=es", $"/facilities?asOf={date}", $"/detainees?asOf={date}&status=held",
            ]);
            urls.AddRange(facilities.SelectMany(id => new[] { $"/api/v1/facilities/{id}?asOf={date}", $"/facilities/{id}?asOf={date}" }));
        }
        return urls;
    }

    public static async Task<List<Response>> FetchAsync(TrackerApp app, IEnumerable<string> urls)
    {
        // No cookies: a ?culture= link sets one, and it must not leak into the next request's language.
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var responses = new List<Response>();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            responses.Add(new Response(url, (int)response.StatusCode, response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"), response.Content.Headers.ContentType?.ToString(), Normalise(body)));
        }
        return responses;
    }

    /// <summary>Per-request values that differ between two identical requests: antiforgery tokens and trace ids.</summary>
    private static string Normalise(string body) => TraceId().Replace(Antiforgery().Replace(body, "value=\"(token)\""), "\"traceId\":\"(trace)\"");

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" type=\"hidden\" )value=\"[^\"]*\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
