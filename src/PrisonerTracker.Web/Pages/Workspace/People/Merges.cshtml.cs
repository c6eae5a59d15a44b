using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Accounts;
using PrisonerTracker.Web.Features.Detainees;

namespace PrisonerTracker.Web.Pages.Workspace.People;

/// <summary>The merges made, latest first; a reviewer can undo one (the duplicate comes back with its facts).</summary>
[Authorize(Policy = WorkspacePolicies.Reviewer)]
public sealed class MergesModel(DetaineeMergeService merges, IStringLocalizer<SharedResource> text) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<MergeLine> Merges { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync() => Merges = await merges.ListAsync(Shown, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostUndoAsync(Guid id)
    {
        try
        {
            await merges.UndoAsync(id, HttpContext.Viewer(), HttpContext.RequestAborted);
            return RedirectToPage();
        }
        catch (Exception e) when (e is DomainRuleException or DbUpdateConcurrencyException)
        {
            Error = e is DomainRuleException rule ? rule.Message : text["Workspace.Error.Changed"];
            await OnGetAsync();
            return Page();
        }
    }
}
