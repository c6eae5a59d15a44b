using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Imports;

namespace PrisonerTracker.Web.Pages.Workspace.Import;

/// <summary>
/// Step two: every row of the uploaded file and what it would do, computed by a dry run each time the
/// page is shown. Confirming queues the import (once, however often it is confirmed) and goes to its
/// progress page; a worker writes it in one transaction.
/// </summary>
public sealed class PreviewModel(ImportJobs jobs, ImportService imports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateFormat? DateFormat { get; set; }

    public ImportPreview? Preview { get; private set; }

    /// <summary>Why the file as a whole cannot be imported (English, as the API says it), and which part of the request is at fault.</summary>
    public string? FileProblem { get; private set; }
    public bool AskDateFormat { get; private set; }
    public bool Expired { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is null) return Gone();
        if (await jobs.FindUploadAsync(Id.Value, ImportJobs.OwnerOf(HttpContext), HttpContext.RequestAborted) is not { } upload)
        {
            // Confirmed already (the back button, a second tab): its progress or result, not "expired".
            var job = await jobs.StatusAsync(Id.Value, ImportJobs.OwnerOf(HttpContext), HttpContext.RequestAborted);
            return job is null ? Gone() : RedirectToPage("Result", new { id = Id });
        }
        try
        {
            Preview = await imports.RunAsync(upload.Kind, upload.Upload, DateFormat, commit: false, Viewer.From(User), HttpContext.RequestAborted);
        }
        catch (ImportFileException file)
        {
            FileProblem = file.Message;
            AskDateFormat = file.Field == "dateFormat";
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Id is null || !await jobs.ConfirmAsync(Id.Value, ImportJobs.OwnerOf(HttpContext), DateFormat, HttpContext.RequestAborted)) return Gone();
        return RedirectToPage("Result", new { id = Id });
    }

    private PageResult Gone()
    {
        Expired = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
