using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>Reading the "Our facts" page: its rows in order, each with its state and cells; and facts entered in bulk.</summary>
internal static partial class OurFactsHtml
{
    public sealed record Row(Guid Id, string State, string Html)
    {
        /// <summary>The reviewer's reason as the row shows it: its text, decoded and trimmed.</summary>
        public string Reason => WebUtility.HtmlDecode(Tag().Replace(ReasonCell().Match(Html).Groups["reason"].Value, "")).Trim();
    }

    public static List<Row> Rows(string html) =>
        [.. FactRow().Matches(html).Select(m => new Row(Guid.Parse(m.Groups["id"].Value), m.Groups["state"].Value, m.Groups["row"].Value))];

    public static List<Guid> Ids(string html) => [.. Rows(html).Select(r => r.Id)];

    public static Row Single(string html, Guid id) => Assert.Single(Rows(html), r => r.Id == id);

    /// <summary>The (decoded) address of the "Older facts" link, or null on the last page.</summary>
    public static string? Older(string html) =>
        OlderLink().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["href"].Value) : null;

    /// <summary>
    /// <paramref name="count"/> pending transfers of <paramref name="person"/>, entered for <paramref name="organisation"/>
    /// by <paramref name="authorId"/>, through the domain as the record form would. Pairs share their entry moment,
    /// so the page order must fall back on the id.
    /// </summary>
    public static async Task<List<Guid>> EnterTransfersAsync(this TrackerApp app, Guid person, Guid organisation, string authorId, int count)
    {
        await using var db = app.CreateDbContext();
        var detainee = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Id == person);
        var start = app.Clock.GetUtcNow().AddHours(-count);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var details = new EventDetails(new DateOnly(2026, 1, 10), Confidence.Reported, "Bulk editor", EnteredById: authorId,
                EnteredByOrganisationId: organisation);
            ids.Add(detainee.RecordEvent(EventKind.Transferred, details, start.AddMinutes(i / 2 * 10)).Id);
        }
        await db.SaveChangesAsync();
        return ids;
    }

    [GeneratedRegex("""<tr data-testid="fact" data-event-id="(?<id>[0-9a-f-]{36})" data-state="(?<state>\w+)">(?<row>.*?)</tr>""", RegexOptions.Singleline)]
    private static partial Regex FactRow();

    [GeneratedRegex("""<td class="reason" data-testid="reason">(?<reason>.*?)</td>""", RegexOptions.Singleline)]
    private static partial Regex ReasonCell();

    [GeneratedRegex("""<a (?=[^>]*data-testid="older")[^>]*href="(?<href>[^"]+)"[^>]*>""")]
    private static partial Regex OlderLink();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
