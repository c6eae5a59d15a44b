using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Writes;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>Writing <c>/api/v1/detainees</c>: create, replace, merge-patch, soft delete. API key required.</summary>
public static class DetaineeWriteEndpoints
{
    public static IEndpointRouteBuilder MapDetaineeWriteEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapWriteGroup("/api/v1/detainees", "Detainees");
        group.MapPost("/", Create).WithName("CreateDetainee").WithSummary("Create a person (editor).").CreatesRecord();
        group.MapPut("/{id:guid}", Replace).WithName("ReplaceDetainee").WithSummary("Replace a person's details (editor, If-Match).").ChangesRecord();
        group.MapPatch("/{id:guid}", Patch).WithName("PatchDetainee").WithSummary("Change some of a person's details with a JSON Merge Patch (editor, If-Match).")
            .Accepts<DetaineeRequest>(MergePatch.MediaType).ChangesRecord();
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteDetainee").WithSummary("Delete a person and their events (reviewer); listed in /api/v1/deletions.").DeletesRecord();
        return app;
    }

    /// <summary>Creates a person; returns 201 with Location and the stored record.</summary>
    public static async Task<Created<DetaineeWritten>> Create(DetaineeRequest request, DetaineeWriteService writes, HttpContext context, CancellationToken ct)
    {
        var detainee = await writes.CreateAsync(request, ct);
        RecordETag.Set(context, detainee.Id, detainee.Version);
        return TypedResults.Created($"/api/v1/detainees/{detainee.Id}", DetaineeWritten.From(detainee));
    }

    /// <summary>Replaces every public field; <c>withheld</c> and <c>restricted</c> change only when sent.</summary>
    public static async Task<Results<Ok<DetaineeWritten>, ProblemHttpResult>> Replace(
        Guid id, DetaineeRequest request, DetaineeWriteService writes, HttpContext context, CancellationToken ct) =>
        await RecordWrites.ReplaceAsync(context, await writes.FindAsync(id, ct), "Detainee", request,
            (d, r) => writes.ReplaceAsync(d, r, ct), DetaineeWritten.From);

    /// <summary>Applies an RFC 7396 merge patch (<c>application/merge-patch+json</c>) to the person's fields.</summary>
    public static Task<Results<Ok<DetaineeWritten>, ProblemHttpResult, ValidationProblem>> Patch(
        Guid id, DetaineeWriteService writes, HttpContext context, IOptions<JsonOptions> json, CancellationToken ct) =>
        RecordWrites.PatchAsync(context, () => writes.FindAsync(id, ct), "Detainee", DetaineeRequest.From,
            (d, r) => writes.ReplaceAsync(d, r, ct), DetaineeWritten.From, json.Value.SerializerOptions);

    /// <summary>Soft-deletes the person and their events. If-Match is checked when sent.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, DetaineeWriteService writes, HttpContext context, CancellationToken ct) =>
        await RecordWrites.DeleteAsync(context, await writes.FindAsync(id, ct), "Detainee", d => writes.DeleteAsync(d, ct));
}
