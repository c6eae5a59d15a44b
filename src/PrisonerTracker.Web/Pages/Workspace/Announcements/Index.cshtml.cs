using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Pages.Workspace.Announcements;

/// <summary>The latest announcements, to correct one or confirm the names it lists.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<Line> Announcements { get; private set; } = [];

    public async Task OnGetAsync() =>
        Announcements = await db.Announcements.AsNoTracking().OrderByDescending(a => a.Date).ThenBy(a => a.Id).Take(Shown)
            .Select(a => new Line(a.Id, a.Date, a.Speaker, a.Scope, a.NamedDetainees.Count)).ToListAsync(HttpContext.RequestAborted);

    public sealed record Line(Guid Id, DateOnly Date, string Speaker, string Scope, int Named);
}
