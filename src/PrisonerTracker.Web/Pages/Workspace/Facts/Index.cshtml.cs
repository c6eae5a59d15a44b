using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Pages.Workspace.Facts;

/// <summary>
/// "Our facts" (every staff role): what became of the facts the organisation entered, with the reviewer's
/// reason, newest first in keyset pages. The read is <see cref="EventsService.OurFactsAsync"/>.
/// </summary>
public sealed class IndexModel(EventsService events, IStringLocalizerFactory localizers) : PageModel
{
    public const int PersonMaxLength = 200;

    [BindProperty(SupportsGet = true, Name = "state")] public ReviewState? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "mine")] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true, Name = "person")] public string? Person { get; set; }
    [BindProperty(SupportsGet = true, Name = "cursor")] public string? Cursor { get; set; }

    public Page<OurFact>? Facts { get; private set; }

    /// <summary>The same filters with the next page's cursor, for the "Older facts" link.</summary>
    public Dictionary<string, string?> NextPage { get; private set; } = [];

    /// <summary>The same filters from the newest fact, shown once the reader has paged on.</summary>
    public Dictionary<string, string?> FirstPage { get; private set; } = [];

    private IStringLocalizer Text => localizers.Create("Pages.Workspace.Facts.Index", typeof(IndexModel).Assembly.GetName().Name!);

    public async Task OnGetAsync()
    {
        // Query values that do not bind (state=bogus, mine=maybe) or name no state (state=9) are said beside their field.
        Replace("state", State is { } s && !Enum.IsDefined(s), "Error.State");
        Replace("mine", false, "Error.Mine");
        Replace("person", Person?.Length > PersonMaxLength, "Error.Person");
        var errors = new Dictionary<string, string[]>();
        var page = PageInput.TryCreate(EventsService.OurFactsPageSize, Cursor, OurFact.NewestFirst, errors);
        if (page is null) ModelState.AddModelError("cursor", Text["Error.Cursor"]);
        if (!ModelState.IsValid || page is null) return;

        var person = string.IsNullOrWhiteSpace(Person) ? null : Person.Trim();
        Facts = await events.OurFactsAsync(new OurFactsQuery(State, Mine, person), page, HttpContext.Viewer(), HttpContext.RequestAborted);
        FirstPage = new() { ["state"] = State?.ToString(), ["mine"] = Mine ? "true" : null, ["person"] = person };
        NextPage = new(FirstPage) { ["cursor"] = Facts.NextCursor };
    }

    /// <summary>Swaps the binder's English message for the page's own, or adds it when <paramref name="invalid"/>.</summary>
    private void Replace(string key, bool invalid, string message)
    {
        if (ModelState.GetFieldValidationState(key) != ModelValidationState.Invalid && !invalid) return;
        ModelState.Remove(key);
        ModelState.AddModelError(key, Text[message]);
    }
}
