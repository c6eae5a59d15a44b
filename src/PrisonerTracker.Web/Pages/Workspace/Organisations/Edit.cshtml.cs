using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Web.Features.Organisations;
using PrisonerTracker.Web.Pages.Workspace.Shared;

namespace PrisonerTracker.Web.Pages.Workspace.Organisations;

/// <summary>Corrects an organisation; when someone else saved first, nothing is written and both versions are shown.</summary>
public sealed class EditModel(OrganisationWriteService writes, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var organisation = await writes.FindAsync(id, HttpContext.RequestAborted);
        if (organisation is null) return NotFound();
        Input = OrganisationInput.From(organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var organisation = await writes.FindAsync(id, HttpContext.RequestAborted);
        if (organisation is null) return NotFound();
        if (organisation.Version == Input.Version)
        {
            try
            {
                return await OrganisationForm.SaveAsync(writes, Input, organisation, ModelState, text, HttpContext.RequestAborted) is not null
                    ? Redirect($"/workspace/organisations/{id}/edit?saved=true")
                    : Page();
            }
            catch (DbUpdateConcurrencyException) { }
        }
        var current = OrganisationInput.From(organisation);
        Conflict = VersionConflict.Between(Input.Values(), current.Values());
        Input.Version = current.Version;
        ModelState.Remove("Input.Version");
        return Page();
    }
}
