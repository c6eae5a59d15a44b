using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CsvHelper;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>Reading what the public pages render: table rows, links, CSV downloads.</summary>
public static partial class PageHtml
{
    /// <summary>The names in the people table, in order.</summary>
    public static List<string> DetaineeNames(string html) =>
        [.. DetaineeRow().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["name"].Value))];

    public static List<Guid> DetaineeIds(string html) =>
        [.. DetaineeRow().Matches(html).Select(m => Guid.Parse(m.Groups["id"].Value))];

    /// <summary>The (decoded) href of the first link carrying <paramref name="attribute"/>, e.g. <c>data-testid="csv-link"</c> or <c>rel="next"</c>.</summary>
    public static string? Href(string html, string attribute)
    {
        var match = Regex.Match(html, $"<a href=\"(?<href>[^\"]+)\"[^>]*{Regex.Escape(attribute)}");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["href"].Value) : null;
    }

    /// <summary>The values of one column of a CSV download, by header name.</summary>
    public static async Task<List<string>> CsvColumnAsync(HttpResponseMessage response, string column)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        var values = new List<string>();
        while (await csv.ReadAsync()) values.Add(csv.GetField(column) ?? "");
        return values;
    }

    public static int Count(string html, string value) => Regex.Matches(html, Regex.Escape(value)).Count;

    [GeneratedRegex("""<th scope="row"><a href="/detainees/(?<id>[0-9a-f-]{36})">(?<name>[^<]+)</a></th>""")]
    private static partial Regex DetaineeRow();
}
