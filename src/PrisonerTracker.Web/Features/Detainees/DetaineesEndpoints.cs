using PrisonerTracker.Web.Features.Stats;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Access;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary><c>/api/v1/detainees</c>: the people tracked, filtered, paged, as JSON or CSV.</summary>
public static class DetaineesEndpoints
{
    public static IEndpointRouteBuilder MapDetaineesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/detainees").WithTags("Detainees");
        group.MapGet("/", List)
            .WithName("ListDetainees")
            .WithSummary("List detainees with their status on a date; filter, sort, page, or download as CSV.")
            .RejectUnknownQuery<DetaineeListQuery>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Get)
            .WithName("GetDetainee")
            .WithSummary("One detainee's profile: status on a date, timeline of events with sources, announcements naming them.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RejectUnknownQuery<DetaineeProfileQuery>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    /// <summary>List detainees.</summary>
    /// <remarks>
    /// Returns <c>{ items, nextCursor, total }</c> and a <c>Link: &lt;…&gt;; rel="next"</c> header while more pages remain.
    /// Example: <c>GET /api/v1/detainees?status=released&amp;asOf=2026-01-13</c>.
    /// With <c>Accept: text/csv</c> or <c>format=csv</c>, every row of the filter is streamed as CSV (limit and cursor are ignored).
    /// Staff also get withheld people and a <c>withheld</c> column; only admins get restricted fields (items' <c>restricted</c>,
    /// and the CSV's nationalId, familyContact, healthNotes and privateNotes columns), and every such response is recorded in the security log.
    /// </remarks>
    internal static async Task<Results<Ok<Page<DetaineeItem>>, CsvResult<DetaineeCsvRow>, CsvResult<DetaineeStaffCsvRow>, CsvResult<DetaineeAdminCsvRow>, ValidationProblem>> List(
        [AsParameters] DetaineeListQuery query, DetaineesService service, StatsService stats, HttpContext context, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var page = service.Validate(query, errors);
        stats.TryReadAsKnownAt(query.KnownAt, errors);
        if (page is null || errors.Count > 0) return Problems.Invalid(errors);
        var viewer = context.Viewer();
        var links = Links.From(context.Request);
        // Many people's restricted fields in one response: admins only, and recorded.
        var restricted = viewer.MayExportRestricted;
        if (Csv.IsRequested(context))
        {
            var items = service.ExportAsync(query, viewer, links, restricted, ct);
            if (restricted)
                return Csv.Of(context, RestrictedExportAudit.Counted(context, "detainees.csv", items, ct).Select(DetaineeAdminCsvRow.From), "detainees", query.AsOf);
            return viewer.IsStaff
                ? Csv.Of(context, items.Select(DetaineeStaffCsvRow.From), "detainees", query.AsOf)
                : Csv.Of(context, items.Select(DetaineeCsvRow.From), "detainees", query.AsOf);
        }
        var result = await service.ListAsync(query, page, viewer, links, restricted, ct);
        if (restricted) await RestrictedExportAudit.RecordAsync(context, "detainees", result.Items.Count);
        Paging.AddNextLink(context, result.NextCursor);
        return TypedResults.Ok(result);
    }

    /// <summary>One detainee's profile.</summary>
    /// <remarks>
    /// Unknown, deleted and withheld people all answer the same 404 for anonymous callers.
    /// Anonymous callers see approved events only; staff also see pending and rejected ones with their review state.
    /// </remarks>
    internal static async Task<Results<Ok<DetaineeProfile>, ProblemHttpResult, ValidationProblem>> Get(
        Guid id, [AsParameters] DetaineeProfileQuery query, DetaineesService service, StatsService stats, HttpContext context, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!stats.TryReadAsKnownAt(query.KnownAt, errors)) return Problems.Invalid(errors);
        var profile = await service.GetProfileAsync(id, query, context.Viewer(), Links.From(context.Request), ct);
        if (profile is null) return Problems.Missing("Detainee");
        // The record's own strong ETag: the one PUT and PATCH expect in If-Match.
        RecordETag.Set(context, profile.Id, profile.Version);
        return TypedResults.Ok(profile);
    }
}
