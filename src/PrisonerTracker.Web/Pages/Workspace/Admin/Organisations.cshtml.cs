using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api.Writes;
using PrisonerTracker.Web.Features.Organisations;

namespace PrisonerTracker.Web.Pages.Workspace.Admin;

/// <summary>Admins list organisations (with their staff count) and add one, over the same write service as the API.</summary>
public sealed class OrganisationsModel(OrganisationWriteService writes, TrackerDbContext db, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public IReadOnlyList<OrganisationLine> Organisations { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                await writes.CreateAsync(new OrganisationRequest(Input.Name!.Trim(), Input.Kind), HttpContext.RequestAborted);
                return RedirectToPage();
            }
            catch (ConflictException)
            {
                ModelState.AddModelError("Input.Name", text["Account.Error.OrganisationTaken"]);
            }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new OrganisationLine(o.Name, o.Kind, db.Users.Count(u => u.OrganisationId == o.Id)))
            .ToListAsync();

    public sealed record OrganisationLine(string Name, OrganisationKind Kind, int Staff);

    public sealed class OrganisationInput
    {
        [Required(ErrorMessage = "Validation.Required"), MaxLength(FieldLimits.Name, ErrorMessage = "Account.Error.Name")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        public OrganisationKind? Kind { get; set; }
    }
}
