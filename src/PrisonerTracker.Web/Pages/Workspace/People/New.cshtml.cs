using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Writes;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Pages.Workspace.Shared;

namespace PrisonerTracker.Web.Pages.Workspace.People;

/// <summary>
/// Enters a person, recorded by the user's organisation. Likely duplicates are shown before
/// anything is saved; the user opens the existing person or confirms a new one.
/// </summary>
public sealed class NewModel(DetaineeWriteService writes, DuplicateCheck duplicates, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public DuplicateReport Duplicates { get; private set; } = DuplicateReport.None;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var viewer = HttpContext.Viewer();
        var ct = HttpContext.RequestAborted;
        var request = Input.ToRequest(withRestricted: true, Input.Withheld ? true : null);
        if (!ModelState.IsValid || !FormErrors.Validate(ModelState, request)) return Page();
        if (!Input.ConfirmedNew)
        {
            Duplicates = await duplicates.FindAsync(Input.AllNames, Input.NationalId, null, viewer, ct);
            if (Duplicates.Any) return Page();
        }
        try
        {
            var detainee = await writes.CreateAsync(request, viewer, ct);
            return Redirect($"/workspace/people/{detainee.Id}/edit?saved=true");
        }
        catch (DomainRuleException rule)
        {
            FormErrors.Add(ModelState, rule);
        }
        catch (ConflictException)
        {
            Duplicates = await duplicates.FindAsync([], Input.NationalId, null, viewer, ct);
            FormErrors.Add(ModelState, nameof(Input.NationalId), text["People.Error.NationalIdTaken"]);
        }
        return Page();
    }
}
