using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Features.Imports;

namespace PrisonerTracker.Web.Pages.Workspace.Import;

/// <summary>
/// Step three, <c>/workspace/import/{id}</c>: the confirmed import while it is written ("N of M rows",
/// refreshed by wwwroot/js/import.js or, without scripts, by the page reloading itself), then what it
/// wrote, or why it failed (nothing written) with the way to confirm it again.
/// </summary>
public sealed class ResultModel(ImportJobs jobs) : PageModel
{
    public ImportJobView? Job { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Job = await jobs.StatusAsync(id, ImportJobs.OwnerOf(HttpContext), HttpContext.RequestAborted);
        if (Job is null) Response.StatusCode = StatusCodes.Status404NotFound;
        // Uploaded but not confirmed: the preview is where it can be.
        if (Job is { Status: Infrastructure.Imports.ImportJobStatus.Pending }) return RedirectToPage("Preview", new { id });
        return Page();
    }

    /// <summary>What the page's script polls: status and counts only, never rows.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid id)
    {
        var job = await jobs.StatusAsync(id, ImportJobs.OwnerOf(HttpContext), HttpContext.RequestAborted);
        if (job is null) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new { status = job.Status.ToString().ToLowerInvariant(), rowsDone = job.RowsDone, rowsTotal = job.RowsTotal, finished = job.Finished });
    }
}
