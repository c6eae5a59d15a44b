using PrisonerTracker.Web.Features.Stats;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary><c>/api/v1/announcements</c>: every claimed number, as worded, with its sources.</summary>
public static class AnnouncementsEndpoints
{
    public static IEndpointRouteBuilder MapAnnouncementsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/announcements").WithTags("Announcements");
        group.MapGet("/", List)
            .WithName("ListAnnouncements")
            .WithSummary("List announcements (claimed numbers by officials, NGOs, the UN…); filter, page, or download as CSV.")
            .RejectUnknownQuery<AnnouncementListQuery>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Get)
            .WithName("GetAnnouncement")
            .WithSummary("One announcement: the number as worded, scope, window, quote, sources, and the people it named with their status today.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RejectUnknownQuery<NoQuery>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    /// <summary>List announcements. Example: <c>GET /api/v1/announcements?organisationKind=government&amp;claim=released</c>.</summary>
    internal static async Task<Results<Ok<Page<AnnouncementRecord>>, CsvResult<AnnouncementCsvRow>, ValidationProblem>> List(
        [AsParameters] AnnouncementListQuery query, AnnouncementsService service, StatsService stats, HttpContext context, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (query.From > query.To) errors["from"] = ["'from' is after 'to'."];
        stats.TryReadAsKnownAt(query.KnownAt, errors);
        var page = PageInput.TryCreate(query.Limit, query.Cursor, AnnouncementsService.SortFor(query.Sort?.Value), errors);
        if (page is null || errors.Count > 0) return Problems.Invalid(errors);
        var links = Links.From(context.Request);
        if (Csv.IsRequested(context)) return Csv.Of(context, service.ExportAsync(query, links, ct).Select(AnnouncementCsvRow.From), "announcements", query.To);
        var result = await service.ListPageAsync(query, page, links, ct);
        Paging.AddNextLink(context, result.NextCursor);
        return TypedResults.Ok(result);
    }

    /// <summary>One announcement. People withheld from the public are left out of <c>namedDetainees</c> for anonymous callers.</summary>
    internal static async Task<Results<Ok<AnnouncementRecordDetail>, ProblemHttpResult>> Get(
        Guid id, AnnouncementsService service, HttpContext context, CancellationToken ct)
    {
        var found = await service.GetAsync(id, context.Viewer(), Links.From(context.Request), ct);
        if (found is null) return Problems.Missing("Announcement");
        // The record's own strong ETag (with the response's fingerprint): the one PUT and PATCH expect.
        RecordETag.Set(context, found.Announcement.Id, found.Version);
        return TypedResults.Ok(found);
    }
}
