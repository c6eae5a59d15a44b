using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Pages.Workspace.Facilities;

/// <summary>The detention sites on record, to correct one or add one.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<Line> Facilities { get; private set; } = [];

    public async Task OnGetAsync() =>
        Facilities = await db.Facilities.AsNoTracking().OrderBy(f => f.Name).ThenBy(f => f.Id)
            .Select(f => new Line(f.Id, f.Name, f.Kind, f.Region, f.IsOpen)).ToListAsync(HttpContext.RequestAborted);

    public sealed record Line(Guid Id, string Name, FacilityKind Kind, string? Region, bool IsOpen);
}
