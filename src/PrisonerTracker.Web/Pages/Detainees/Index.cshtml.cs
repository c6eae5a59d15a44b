using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Features.Facilities;

namespace PrisonerTracker.Web.Pages.Detainees;

/// <summary>The people list: search, filters, keyset pages both ways, and the same filter as CSV.</summary>
public sealed class IndexModel(DetaineesService detainees, FacilitiesService facilities) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DetaineeFilter Filter { get; set; } = new();

    public IReadOnlyList<DetaineeItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public DateOnly AsOf { get; private set; }
    public string? NextUrl { get; private set; }
    public string? PreviousUrl { get; private set; }
    public string? CsvUrl { get; private set; }
    public IReadOnlyList<FacilityChoice> FacilityOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AsOf = detainees.Today;
        FacilityOptions = await facilities.ChoicesAsync(ct);
        var query = Filter.ToQuery();
        var errors = new Dictionary<string, string[]>();
        var page = query is null ? null : detainees.Validate(query, errors);
        foreach (var field in errors.Keys) Filter.Errors[field] = field switch
        {
            "nationality" => "Error.Nationality",
            "limit" => "Error.Limit",
            "cursor" => "Error.Cursor",
            _ => "Error.Choice",
        };
        if (query is null || page is null) return;

        AsOf = query.AsOf ?? detainees.Today;
        // The page says how many people match, so it asks for the count the API leaves out by default.
        var result = await detainees.ListAsync(query with { IncludeTotal = true }, page, HttpContext.Viewer(), Links.From(Request), withRestricted: false, ct);
        Items = Filter.GoingBack ? [.. result.Items.Reverse()] : result.Items;
        Total = result.Total ?? 0;
        CsvUrl = QueryHelpers.AddQueryString("/api/v1/detainees", Filter.FilterValues().Append(new("format", "csv")));
        if (Items.Count == 0) return;

        // Keyset pages go forward only; "previous" reads the reverse order from the first row shown.
        var hasPrevious = Filter.GoingBack ? result.NextCursor is not null : !string.IsNullOrEmpty(Filter.Cursor);
        var hasNext = Filter.GoingBack || result.NextCursor is not null;
        if (hasNext) NextUrl = PageUrl("cursor", CursorAfter(DetaineeSort.Name, Items[^1]));
        if (hasPrevious) PreviousUrl = PageUrl("before", CursorAfter(DetaineeSort.NameDesc, Items[0]));
    }

    private static string CursorAfter(DetaineeSort sort, DetaineeItem item) =>
        DetaineeSorts.For(sort).CursorAfter(new DetaineeRow { Id = item.Id, Name = item.Name }).Encode();

    private string PageUrl(string key, string cursor)
    {
        var values = Filter.FilterValues();
        if (!string.IsNullOrWhiteSpace(Filter.Limit)) values = values.Append(new("limit", Filter.Limit.Trim()));
        return QueryHelpers.AddQueryString("/detainees", values.Append(new(key, cursor)));
    }
}
