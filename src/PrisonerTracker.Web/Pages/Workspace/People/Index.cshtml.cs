using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Pages.Workspace.People;

/// <summary>Finds a person to correct, with the same name search as the public register (withheld people included: staff only).</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int Shown = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<PersonLine> People { get; private set; } = [];
    public bool CanMerge { get; private set; }

    public async Task OnGetAsync()
    {
        CanMerge = HttpContext.Viewer().CanReview;
        var people = db.Detainees.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query)) people = people.MatchingName(Query);
        People = await people.OrderBy(d => d.Name).ThenBy(d => d.Id).Take(Shown)
            .Select(d => new PersonLine(d.Id, d.Name, d.Region, d.Withheld)).ToListAsync(HttpContext.RequestAborted);
    }

    public sealed record PersonLine(Guid Id, string Name, string? Region, bool Withheld);
}
