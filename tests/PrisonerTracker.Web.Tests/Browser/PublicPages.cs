using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>
/// Every public page a reader can reach (dashboard, lists, a record of each kind, methodology,
/// the embed, the 404 page), in both languages: the set that whole-site browser checks visit.
/// </summary>
public static class PublicPages
{
    public const string NotFound = "/no-such-page";

    public static readonly string[] Paths =
    [
        "/", "/?asOf=2026-01-13", "/?asOf=2026-01-22&feed=all", "/detainees", "/detainees?q=zzz&minor=maybe", "/detainees/{rocio}", "/facilities",
        "/facilities/{helicoide}", "/announcements", "/announcements/{claim}", "/announcements/{tally}", "/methodology", "/embed/timeseries", NotFound,
    ];

    public static TheoryData<string, string> InBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "en", "es" })
            foreach (var path in Paths)
                data.Add(culture, path);
        return data;
    }

    /// <summary>The address with the placeholders replaced by demo records' ids and <c>culture</c> added.</summary>
    public static async Task<string> ResolveAsync(BrowserApp app, string path, string culture)
    {
        var url = path;
        if (path.Contains("{rocio}")) url = path.Replace("{rocio}", (await app.DetaineeIdAsync("Rocío San Miguel")).ToString());
        if (path.Contains("{helicoide}")) url = path.Replace("{helicoide}", (await app.FacilityIdAsync("El Helicoide")).ToString());
        if (path.Contains("{tally}"))
        {
            await using var db = app.CreateDbContext();
            var id = db.Announcements.Where(a => a.Speaker == "Plataforma Unitaria Democrática").Select(a => a.Id).First();
            url = path.Replace("{tally}", id.ToString());
        }
        if (path.Contains("{claim}"))
        {
            await using var db = app.CreateDbContext();
            var id = db.Announcements.Where(a => a.Speaker == "Jorge Rodríguez").OrderByDescending(a => a.Date).Select(a => a.Id).First();
            url = path.Replace("{claim}", id.ToString());
        }
        return url + (url.Contains('?') ? "&" : "?") + $"culture={culture}";
    }

    /// <summary>A file-name-safe form of the path, for screenshots.</summary>
    public static string Slug(string path) => new([.. path.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);
}
