using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Web.Features.Organisations;

namespace PrisonerTracker.Web.Pages.Workspace.Organisations;

/// <summary>Adds an organisation that speaks or reports (a government, an NGO, a newspaper…).</summary>
public sealed class NewModel(OrganisationWriteService writes, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync() =>
        await OrganisationForm.SaveAsync(writes, Input, null, ModelState, text, HttpContext.RequestAborted) is { } saved
            ? Redirect($"/workspace/organisations/{saved.Id}/edit?saved=true")
            : Page();
}
