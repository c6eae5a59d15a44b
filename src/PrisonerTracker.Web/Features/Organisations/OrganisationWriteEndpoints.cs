using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Writes;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PrisonerTracker.Web.Features.Organisations;

/// <summary>Writing <c>/api/v1/organisations</c>: create, replace, merge-patch, soft delete. API key required.</summary>
public static class OrganisationWriteEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationWriteEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapWriteGroup("/api/v1/organisations", "Organisations");
        group.MapPost("/", Create).WithName("CreateOrganisation").WithSummary("Create an organisation: government, NGO, UN body, media (editor).").CreatesRecord();
        group.MapPut("/{id:guid}", Replace).WithName("ReplaceOrganisation").WithSummary("Replace an organisation (editor, If-Match).").ChangesRecord();
        group.MapPatch("/{id:guid}", Patch).WithName("PatchOrganisation").WithSummary("Change some of an organisation's fields with a JSON Merge Patch (editor, If-Match).")
            .Accepts<OrganisationRequest>(MergePatch.MediaType).ChangesRecord();
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteOrganisation").WithSummary("Delete an organisation nothing refers to (reviewer); 409 otherwise.").DeletesRecord();
        return app;
    }

    /// <summary>Creates an organisation; returns 201 with Location and the stored record.</summary>
    public static async Task<Created<OrganisationWritten>> Create(OrganisationRequest request, OrganisationWriteService writes, HttpContext context, CancellationToken ct)
    {
        var organisation = await writes.CreateAsync(request, ct);
        RecordETag.Set(context, organisation.Id, organisation.Version);
        return TypedResults.Created($"/api/v1/organisations/{organisation.Id}", OrganisationWritten.From(organisation));
    }

    /// <summary>Replaces every field of the organisation.</summary>
    public static async Task<Results<Ok<OrganisationWritten>, ProblemHttpResult>> Replace(
        Guid id, OrganisationRequest request, OrganisationWriteService writes, HttpContext context, CancellationToken ct) =>
        await RecordWrites.ReplaceAsync(context, await writes.FindAsync(id, ct), "Organisation", request, (f, r) => writes.ReplaceAsync(f, r, ct), OrganisationWritten.From);

    /// <summary>Applies an RFC 7396 merge patch to the organisation's fields.</summary>
    public static Task<Results<Ok<OrganisationWritten>, ProblemHttpResult, ValidationProblem>> Patch(
        Guid id, OrganisationWriteService writes, HttpContext context, IOptions<JsonOptions> json, CancellationToken ct) =>
        RecordWrites.PatchAsync(context, () => writes.FindAsync(id, ct), "Organisation", OrganisationRequest.From,
            (f, r) => writes.ReplaceAsync(f, r, ct), OrganisationWritten.From, json.Value.SerializerOptions);

    /// <summary>Soft-deletes the organisation when nothing refers to it.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, OrganisationWriteService writes, HttpContext context, CancellationToken ct) =>
        await RecordWrites.DeleteAsync(context, await writes.FindAsync(id, ct), "Organisation", f => writes.DeleteAsync(f, ct));
}
