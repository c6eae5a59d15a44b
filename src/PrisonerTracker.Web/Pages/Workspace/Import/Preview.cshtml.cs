using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Writes;
using PrisonerTracker.Web.Features.Imports;

namespace PrisonerTracker.Web.Pages.Workspace.Import;

/// <summary>
/// Step two: every row of the uploaded file and what it would do, computed by a dry run each time the
/// page is shown. Confirming runs the same import for real, in one transaction, and shows the result.
/// </summary>
public sealed class PreviewModel(PendingImports pending, ImportService imports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateFormat? DateFormat { get; set; }

    public ImportPreview? Preview { get; private set; }

    /// <summary>Why the file as a whole cannot be imported (English, as the API says it), and which part of the request is at fault.</summary>
    public string? FileProblem { get; private set; }
    public bool AskDateFormat { get; private set; }
    public bool Expired { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (pending.Find(Id, Owner) is not { } upload) return Gone();
        await RunAsync(upload, commit: false);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (pending.Find(Id, Owner) is not { } upload) return Gone();
        try
        {
            await RunAsync(upload, commit: true);
        }
        catch (ConflictException conflict)
        {
            FileProblem = conflict.Message;
            return Page();
        }
        if (Preview is not { Committed: true }) return Page();
        upload.Result = Preview;
        return RedirectToPage("Result", new { id = Id });
    }

    private async Task RunAsync(PendingImport upload, bool commit)
    {
        try
        {
            Preview = await imports.RunAsync(upload.Kind, upload.Upload, DateFormat, commit, Viewer.From(User), HttpContext.RequestAborted);
        }
        catch (ImportFileException file)
        {
            FileProblem = file.Message;
            AskDateFormat = file.Field == "dateFormat";
        }
    }

    private PageResult Gone()
    {
        Expired = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private string Owner => Viewer.From(User).AuthorId ?? User.Identity!.Name!;
}
