using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Pages.Workspace.Organisations;

/// <summary>The organisations on record (those that speak or report, and those staff belong to), to correct one or add one.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<Line> Organisations { get; private set; } = [];

    public async Task OnGetAsync() =>
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new Line(o.Id, o.Name, o.Kind, o.Country)).ToListAsync(HttpContext.RequestAborted);

    public sealed record Line(Guid Id, string Name, OrganisationKind Kind, string? Country);
}
