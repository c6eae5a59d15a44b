using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Features.Facilities;
using PrisonerTracker.Web.Pages.Workspace.Shared;

namespace PrisonerTracker.Web.Pages.Workspace.Facilities;

/// <summary>Corrects a detention site; when someone else saved first, nothing is written and both versions are shown.</summary>
public sealed class EditModel(FacilityWriteService writes) : PageModel
{
    [BindProperty]
    public FacilityInput Input { get; set; } = new();

    public Guid Id { get; private set; }
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var facility = await writes.FindAsync(id, HttpContext.RequestAborted);
        if (facility is null) return NotFound();
        (Id, Input) = (id, FacilityInput.From(facility));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Id = id;
        var facility = await writes.FindAsync(id, HttpContext.RequestAborted);
        if (facility is null) return NotFound();
        if (facility.Version == Input.Version)
        {
            var request = Input.ToRequest();
            if (!ModelState.IsValid || !FormErrors.Validate(ModelState, request)) return Page();
            try
            {
                await writes.ReplaceAsync(facility, request, HttpContext.RequestAborted);
                return Redirect($"/workspace/facilities/{id}/edit?saved=true");
            }
            catch (DomainRuleException rule)
            {
                FormErrors.Add(ModelState, rule);
                return Page();
            }
            catch (DbUpdateConcurrencyException) { }
        }
        var current = FacilityInput.From(facility);
        Conflict = VersionConflict.Between(Input.Values(), current.Values());
        Input.Version = current.Version;
        ModelState.Remove("Input.Version");
        return Page();
    }
}
