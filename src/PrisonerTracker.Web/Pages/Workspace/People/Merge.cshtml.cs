using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Accounts;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Pages.Workspace.Shared;

namespace PrisonerTracker.Web.Pages.Workspace.People;

/// <summary>Reviewers merge a duplicate into this person (kept); the likely duplicates are offered, any person can be given by id.</summary>
[Authorize(Policy = WorkspacePolicies.Reviewer)]
public sealed class MergeModel(DetaineeWriteService writes, DuplicateCheck duplicates, DetaineeMergeService merges,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public MergeInput Input { get; set; } = new();

    public Detainee? Kept { get; private set; }
    public IReadOnlyList<LikelyDuplicate> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            await merges.MergeAsync(id, Input.DuplicateId!.Value, HttpContext.Viewer(), HttpContext.RequestAborted);
            return Redirect("/workspace/people/merges");
        }
        catch (Exception e) when (e is DomainRuleException or DbUpdateConcurrencyException)
        {
            // Another merge or edit of either person got in first: nothing was written.
            FormErrors.Add(ModelState, nameof(Input.DuplicateId), e is DomainRuleException rule ? rule.Message : text["Workspace.Error.Changed"]);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        Kept = await writes.FindAsync(id, HttpContext.RequestAborted);
        if (Kept is null) return false;
        Candidates = (await duplicates.FindAsync([Kept.Name, .. Kept.NameVariants], null, id, HttpContext.Viewer(), HttpContext.RequestAborted)).Matches;
        return true;
    }

    public sealed class MergeInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        public Guid? DuplicateId { get; set; }
    }
}
