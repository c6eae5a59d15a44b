using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Features.Imports;

namespace PrisonerTracker.Web.Pages.Workspace.Import;

/// <summary>Step one of an import: choose what the file holds and upload it. Nothing is written until the preview is confirmed.</summary>
[RequestSizeLimit(ImportUpload.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportUpload.MaxBytes + 64 * 1024)]
public sealed class IndexModel(ImportJobs jobs) : PageModel
{
    [BindProperty]
    public ImportKind? Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>A key of this page's resources saying what is wrong with the file field.</summary>
    public string? FileError { get; private set; }
    public string? KindError { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Kind is null || !Enum.IsDefined(Kind.Value)) KindError = "Error.Kind";
        if (Upload is null || Upload.Length == 0) FileError = "Error.NoFile";
        else if (Upload.Length > ImportUpload.MaxBytes) FileError = "Error.TooLarge";
        if (KindError is not null || FileError is not null) return Page();

        var upload = await ImportUploads.FromFormFileAsync(Upload!, HttpContext.RequestAborted);
        var id = await jobs.UploadAsync(Kind!.Value, upload, ImportJobs.OwnerOf(HttpContext), HttpContext.RequestAborted);
        return RedirectToPage("Preview", new { id });
    }
}
