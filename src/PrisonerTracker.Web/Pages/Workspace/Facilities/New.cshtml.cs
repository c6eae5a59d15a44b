using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Features.Facilities;
using PrisonerTracker.Web.Pages.Workspace.Shared;

namespace PrisonerTracker.Web.Pages.Workspace.Facilities;

/// <summary>Adds a detention site, over the same write service as the API.</summary>
public sealed class NewModel(FacilityWriteService writes) : PageModel
{
    [BindProperty]
    public FacilityInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = Input.ToRequest();
        if (!ModelState.IsValid || !FormErrors.Validate(ModelState, request)) return Page();
        try
        {
            var facility = await writes.CreateAsync(request, HttpContext.RequestAborted);
            return Redirect($"/workspace/facilities/{facility.Id}/edit?saved=true");
        }
        catch (DomainRuleException rule)
        {
            FormErrors.Add(ModelState, rule);
            return Page();
        }
    }
}
