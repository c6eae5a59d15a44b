using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Imports;

namespace PrisonerTracker.Web.Pages.Workspace.Import;

/// <summary>Step three: what the confirmed import wrote. Every imported fact now waits for a reviewer.</summary>
public sealed class ResultModel(PendingImports pending) : PageModel
{
    public ImportPreview? Result { get; private set; }

    public IActionResult OnGet(string? id)
    {
        Result = pending.Find(id, Viewer.From(User).AuthorId ?? User.Identity!.Name!)?.Result;
        if (Result is null) return RedirectToPage("Index");
        return Page();
    }
}
