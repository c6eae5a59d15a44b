using Microsoft.AspNetCore.Http.HttpResults;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Writes;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// <c>GET /api/v1/imports/jobs/{id}</c>: an import committed with <c>Prefer: respond-async</c>, while it
/// runs (rows done of rows) and once it ended (the same result as a synchronous commit, or why it failed,
/// nothing written). Only the key's own account and organisation see it; to others it does not exist.
/// </summary>
public static class ImportJobEndpoints
{
    public const int MaxPreferLength = 200;

    public static IEndpointRouteBuilder MapImportJobEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapWriteGroup("/api/v1/imports", "Imports")
            .MapGet("/jobs/{id:guid}", GetAsync)
            .WithName("GetImportJob")
            .WithSummary("An import running in the background (editor, own jobs only): status, rows done of rows, and its result when done.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<ImportJobView>, ProblemHttpResult>> GetAsync(Guid id, HttpContext context, ImportJobs jobs, CancellationToken ct)
    {
        var job = await jobs.StatusAsync(id, ImportJobs.OwnerOf(context), ct);
        if (job is null) return TypedResults.Problem(Problems.Details(StatusCodes.Status404NotFound, "No such import job.",
            "There is no import job with this id for this key (jobs are kept for a day after they end)."));
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(job);
    }

    /// <summary>RFC 7240: preferences are separated by commas, their parameters by semicolons; names are case-insensitive.</summary>
    public static bool PrefersAsync(string? prefer) => prefer is not null && prefer.Split(',')
        .Any(p => p.Split(';')[0].Trim().Equals("respond-async", StringComparison.OrdinalIgnoreCase));

    /// <summary>The synchronous import's size checks, made before the file is kept.</summary>
    public static ProblemHttpResult? TooLarge(ImportUpload upload)
    {
        var message = upload.Content.Length == 0 ? "The file is empty."
            : upload.Content.Length > ImportUpload.MaxBytes ? $"The file is larger than {ImportUpload.MaxBytes / (1024 * 1024)} MB; split it." : null;
        if (message is null) return null;
        var problem = Problems.Details(StatusCodes.Status422UnprocessableEntity, "The file cannot be imported.", message);
        problem.Extensions["errors"] = new Dictionary<string, string[]> { ["file"] = [message] };
        return TypedResults.Problem(problem);
    }
}
