using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Writes;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>Writing <c>/api/v1/announcements</c>: create, replace, merge-patch, soft delete. API key required.</summary>
public static class AnnouncementWriteEndpoints
{
    public static IEndpointRouteBuilder MapAnnouncementWriteEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapWriteGroup("/api/v1/announcements", "Announcements");
        group.MapPost("/", Create).WithName("CreateAnnouncement").WithSummary("Record a public claim (editor).").CreatesRecord();
        group.MapPut("/{id:guid}", Replace).WithName("ReplaceAnnouncement").WithSummary("Replace an announcement (editor, If-Match).").ChangesRecord();
        group.MapPatch("/{id:guid}", Patch).WithName("PatchAnnouncement").WithSummary("Change some of an announcement's fields with a JSON Merge Patch (editor, If-Match).")
            .Accepts<AnnouncementRequest>(MergePatch.MediaType).ChangesRecord();
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteAnnouncement").WithSummary("Delete an announcement (reviewer); listed in /api/v1/deletions.").DeletesRecord();
        return app;
    }

    /// <summary>Creates an announcement; returns 201 with Location and the stored record.</summary>
    public static async Task<Created<AnnouncementWritten>> Create(AnnouncementRequest request, AnnouncementWriteService writes, HttpContext context, CancellationToken ct)
    {
        var announcement = await writes.CreateAsync(request, ct);
        RecordETag.Set(context, announcement.Id, announcement.Version);
        return TypedResults.Created($"/api/v1/announcements/{announcement.Id}", AnnouncementWritten.From(announcement));
    }

    /// <summary>Replaces every field; sources are only ever added.</summary>
    public static async Task<Results<Ok<AnnouncementWritten>, ProblemHttpResult>> Replace(
        Guid id, AnnouncementRequest request, AnnouncementWriteService writes, HttpContext context, CancellationToken ct) =>
        await RecordWrites.ReplaceAsync(context, await writes.FindAsync(id, ct), "Announcement", request, (f, r) => writes.ReplaceAsync(f, r, ct), AnnouncementWritten.From);

    /// <summary>Applies an RFC 7396 merge patch to the announcement's fields.</summary>
    public static Task<Results<Ok<AnnouncementWritten>, ProblemHttpResult, ValidationProblem>> Patch(
        Guid id, AnnouncementWriteService writes, HttpContext context, IOptions<JsonOptions> json, CancellationToken ct) =>
        RecordWrites.PatchAsync(context, () => writes.FindAsync(id, ct), "Announcement", AnnouncementRequest.From,
            (f, r) => writes.ReplaceAsync(f, r, ct), AnnouncementWritten.From, json.Value.SerializerOptions);

    /// <summary>Soft-deletes the announcement; events that answer it keep their link.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, AnnouncementWriteService writes, HttpContext context, CancellationToken ct) =>
        await RecordWrites.DeleteAsync(context, await writes.FindAsync(id, ct), "Announcement", f => writes.DeleteAsync(f, ct));
}
