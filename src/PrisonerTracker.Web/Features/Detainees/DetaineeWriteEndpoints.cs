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
        group.MapPut("/{id:guid}", Replace).WithName("ReplaceDetainee")
            .WithSummary("Replace a person's details (editor, If-Match); withheld: false only requests publication.").ChangesRecord();
        group.MapPatch("/{id:guid}", Patch).WithName("PatchDetainee")
            .WithSummary("Change some of a person's details with a JSON Merge Patch (editor, If-Match); withheld: false only requests publication.")
            .Accepts<DetaineeRequest>(MergePatch.MediaType).ChangesRecord();
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteDetainee").WithSummary("Delete a person and their events (reviewer); listed in /api/v1/deletions.").DeletesRecord();
        return app;
    }

    /// <summary>Creates a person recorded by the key's organisation; returns 201 with Location and the stored record.</summary>
    public static async Task<Created<DetaineeWritten>> Create(DetaineeRequest request, DetaineeWriteService writes, HttpContext context, CancellationToken ct)
    {
        var viewer = context.Viewer();
        var detainee = await writes.CreateAsync(request, viewer, ct);
        RecordETag.Set(context, detainee.Id, detainee.Version);
        return TypedResults.Created($"/api/v1/detainees/{detainee.Id}", DetaineeWritten.From(detainee, viewer));
    }

    /// <summary>
    /// Replaces every public field; <c>withheld</c> and <c>restricted</c> change only when sent.
    /// <c>withheld: false</c> on a withheld person answers 200 with the person still withheld and
    /// the request in <c>pendingPublication</c>. Restricted fields of a person another organisation
    /// recorded: 403 naming <c>restricted</c>.
    /// </summary>
    public static async Task<Results<Ok<DetaineeWritten>, ProblemHttpResult>> Replace(
        Guid id, DetaineeRequest request, DetaineeWriteService writes, HttpContext context, CancellationToken ct)
    {
        var viewer = context.Viewer();
        return await RecordWrites.ReplaceAsync(context, await writes.FindAsync(id, ct), "Detainee", request,
            (d, r) => writes.ReplaceAsync(d, r, viewer, ct), d => DetaineeWritten.From(d, viewer));
    }

    /// <summary>
    /// Applies an RFC 7396 merge patch (<c>application/merge-patch+json</c>) to the person's fields;
    /// <c>withheld</c> and <c>restricted</c> as for PUT.
    /// </summary>
    public static Task<Results<Ok<DetaineeWritten>, ProblemHttpResult, ValidationProblem>> Patch(
        Guid id, DetaineeWriteService writes, HttpContext context, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var viewer = context.Viewer();
        return RecordWrites.PatchAsync(context, () => writes.FindAsync(id, ct), "Detainee",
            d => DetaineeRequest.From(d, viewer.MaySeeRestricted(d.RecordingOrganisationId)),
            (d, r) => writes.ReplaceAsync(d, r, viewer, ct), d => DetaineeWritten.From(d, viewer), json.Value.SerializerOptions);
    }

    /// <summary>Soft-deletes the person and their events. If-Match is checked when sent.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, DetaineeWriteService writes, HttpContext context, CancellationToken ct) =>
        await RecordWrites.DeleteAsync(context, await writes.FindAsync(id, ct), "Detainee", d => writes.DeleteAsync(d, ct));
}
