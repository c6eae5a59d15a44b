using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Writes;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// <c>POST /api/v1/imports/detainees</c> and <c>/events</c>: a CSV file (the body as <c>text/csv</c>, or a
/// <c>file</c> field of <c>multipart/form-data</c>). <c>dryRun</c> defaults to true: nothing is written
/// unless the caller says <c>dryRun=false</c>. With <c>Prefer: respond-async</c> (RFC 7240) a commit is
/// queued instead: 202 with the job's address, <c>GET /api/v1/imports/jobs/{id}</c>, to follow it.
/// </summary>
public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapWriteGroup("/api/v1/imports", "Imports");
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            var path = kind.ToString().ToLowerInvariant();
            group.MapPost($"/{path}", (HttpContext context, ImportService imports, ImportJobs jobs, bool? dryRun,
                    [System.ComponentModel.DataAnnotations.MaxLength(8)] string? dateFormat,
                    [System.ComponentModel.DataAnnotations.MaxLength(ImportUploads.MaxFileNameLength)] string? fileName,
                    [FromHeader(Name = "Prefer"), System.ComponentModel.DataAnnotations.MaxLength(ImportJobEndpoints.MaxPreferLength)] string? prefer,
                    CancellationToken ct) =>
                    ImportAsync(kind, context, imports, jobs, dryRun, dateFormat, fileName, prefer, ct))
                .WithName($"Import{kind}")
                .WithSummary($"Import {path} from a CSV file (editor): a dry run previews every row; dryRun=false writes all rows or none "
                    + "(with Prefer: respond-async, in the background: 202 and the job to follow).")
                .Produces<ImportJobView>(StatusCodes.Status202Accepted)
                .Accepts<string>("text/csv", "multipart/form-data")
                .WithMetadata(new RequestSizeLimitAttribute(ImportUpload.MaxBytes + 64 * 1024))
                .WithRequestTimeout(TimeSpan.FromMinutes(5))
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status409Conflict)
                .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
                .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        }
        return app;
    }

    /// <summary>200 with the preview (or, with dryRun=false, the result); 422 naming every rejected row when anything is wrong, and then nothing is written.</summary>
    public static async Task<Results<Ok<ImportPreview>, Accepted<ImportJobView>, ProblemHttpResult, ValidationProblem>> ImportAsync(ImportKind kind,
        HttpContext context, ImportService imports, ImportJobs jobs, bool? dryRun, string? dateFormat, string? fileName, string? prefer, CancellationToken ct)
    {
        DateFormat? format = null;
        if (fileName is { Length: > ImportUploads.MaxFileNameLength })
            return Problems.Invalid("fileName", $"'fileName' is at most {ImportUploads.MaxFileNameLength} characters.");
        if (dateFormat is not null)
        {
            if (!Enum.TryParse<DateFormat>(dateFormat, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return Problems.Invalid("dateFormat", "'dateFormat' must be one of: iso, dmy, mdy.");
            format = parsed;
        }
        var upload = await ImportUploads.ReadAsync(context.Request, fileName, ct);
        if (upload is null)
            return TypedResults.Problem(Problems.Details(StatusCodes.Status415UnsupportedMediaType, "Send a CSV file.",
                "Send the file as the body (Content-Type: text/csv) or as the 'file' field of multipart/form-data."));
        if (dryRun == false && ImportJobEndpoints.PrefersAsync(prefer))
        {
            if (ImportJobEndpoints.TooLarge(upload) is { } tooLarge) return tooLarge;
            var id = await jobs.EnqueueAsync(kind, upload, format, ImportJobs.OwnerOf(context), ct);
            context.Response.Headers["Preference-Applied"] = "respond-async";
            var job = await jobs.StatusAsync(id, ImportJobs.OwnerOf(context), ct);
            return TypedResults.Accepted($"/api/v1/imports/jobs/{id}", job);
        }
        try
        {
            var preview = await imports.RunAsync(kind, upload, format, commit: dryRun == false, context.Viewer(), ct);
            return dryRun == false && preview.HasRejections ? Rejected(preview) : TypedResults.Ok(preview);
        }
        catch (ImportFileException file)
        {
            var problem = Problems.Details(StatusCodes.Status422UnprocessableEntity, "The file cannot be imported.", file.Message);
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [file.Field] = [file.Message] };
            return TypedResults.Problem(problem);
        }
    }

    /// <summary>Every rejected row, by row number, with what is wrong in which column; restricted values are never quoted.</summary>
    private static ProblemHttpResult Rejected(ImportPreview preview)
    {
        var rejected = preview.Rows.Where(r => r.Outcome == RowOutcome.Reject).ToList();
        var problem = Problems.Details(StatusCodes.Status422UnprocessableEntity, "Some rows cannot be imported; nothing was written.",
            $"{rejected.Count} of {preview.Counts.Rows} rows are rejected: rows {string.Join(", ", rejected.Select(r => r.Row))}. Fix them and import the file again.");
        problem.Extensions["errors"] = rejected.ToDictionary(r => $"row {r.Row}", r => r.Problems.Select(p => p.Message).ToArray());
        problem.Extensions["rows"] = rejected;
        return TypedResults.Problem(problem);
    }
}
