using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Writes;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PrisonerTracker.Web.Features.Facilities;

/// <summary>Writing <c>/api/v1/facilities</c>: create, replace, merge-patch, soft delete. API key required.</summary>
public static class FacilityWriteEndpoints
{
    public static IEndpointRouteBuilder MapFacilityWriteEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapWriteGroup("/api/v1/facilities", "Facilities");
        group.MapPost("/", Create).WithName("CreateFacility").WithSummary("Create a detention site (editor).").CreatesRecord();
        group.MapPut("/{id:guid}", Replace).WithName("ReplaceFacility").WithSummary("Replace a facility (editor, If-Match).").ChangesRecord();
        group.MapPatch("/{id:guid}", Patch).WithName("PatchFacility").WithSummary("Change some of a facility's fields with a JSON Merge Patch (editor, If-Match).")
            .Accepts<FacilityRequest>(MergePatch.MediaType).ChangesRecord();
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteFacility").WithSummary("Delete a facility no event names (reviewer); 409 otherwise.").DeletesRecord();
        return app;
    }

    /// <summary>Creates a facility; returns 201 with Location and the stored record.</summary>
    public static async Task<Created<FacilityWritten>> Create(FacilityRequest request, FacilityWriteService writes, HttpContext context, CancellationToken ct)
    {
        var facility = await writes.CreateAsync(request, ct);
        RecordETag.Set(context, facility.Id, facility.Version);
        return TypedResults.Created($"/api/v1/facilities/{facility.Id}", FacilityWritten.From(facility));
    }

    /// <summary>Replaces every field of the facility.</summary>
    public static async Task<Results<Ok<FacilityWritten>, ProblemHttpResult>> Replace(
        Guid id, FacilityRequest request, FacilityWriteService writes, HttpContext context, CancellationToken ct) =>
        await RecordWrites.ReplaceAsync(context, await writes.FindAsync(id, ct), "Facility", request, (f, r) => writes.ReplaceAsync(f, r, ct), FacilityWritten.From);

    /// <summary>Applies an RFC 7396 merge patch to the facility's fields.</summary>
    public static Task<Results<Ok<FacilityWritten>, ProblemHttpResult, ValidationProblem>> Patch(
        Guid id, FacilityWriteService writes, HttpContext context, IOptions<JsonOptions> json, CancellationToken ct) =>
        RecordWrites.PatchAsync(context, () => writes.FindAsync(id, ct), "Facility", FacilityRequest.From,
            (f, r) => writes.ReplaceAsync(f, r, ct), FacilityWritten.From, json.Value.SerializerOptions);

    /// <summary>Soft-deletes the facility when no event names it.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, FacilityWriteService writes, HttpContext context, CancellationToken ct) =>
        await RecordWrites.DeleteAsync(context, await writes.FindAsync(id, ct), "Facility", f => writes.DeleteAsync(f, ct));
}
