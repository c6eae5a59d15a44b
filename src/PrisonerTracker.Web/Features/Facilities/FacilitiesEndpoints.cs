using PrisonerTracker.Web.Features.Stats;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Facilities;

/// <summary><c>/api/v1/facilities</c>: detention sites and who was held there on a date.</summary>
public static class FacilitiesEndpoints
{
    public static IEndpointRouteBuilder MapFacilitiesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/facilities").WithTags("Facilities");
        group.MapGet("/", List)
            .WithName("ListFacilities")
            .WithSummary("List detention sites by name; filter by region, kind, open; page or download as CSV.")
            .RejectUnknownQuery<FacilityListQuery>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Get)
            .WithName("GetFacility")
            .WithSummary("One facility with the number held, disappeared and released there on a date, and the people it may name.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RejectUnknownQuery<FacilityDetailQuery>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    /// <summary>List facilities. Example: <c>GET /api/v1/facilities?kind=prison&amp;open=true</c>.</summary>
    internal static async Task<Results<Ok<Page<FacilityRecord>>, CsvResult<FacilityCsvRow>, ValidationProblem>> List(
        [AsParameters] FacilityListQuery query, FacilitiesService service, StatsService stats, HttpContext context, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageInput.TryCreate(query.Limit, query.Cursor, FacilitiesService.ByName, errors);
        stats.TryReadAsKnownAt(query.KnownAt, errors);
        if (page is null || errors.Count > 0) return Problems.Invalid(errors);
        var links = Links.From(context.Request);
        if (Csv.IsRequested(context)) return Csv.Of(context, service.ExportAsync(query, context.Viewer(), links, ct).Select(FacilityCsvRow.From), "facilities", null);
        var result = await service.ListAsync(query, page, context.Viewer(), links, ct);
        Paging.AddNextLink(context, result.NextCursor);
        return TypedResults.Ok(result);
    }

    /// <summary>One facility. Example: <c>GET /api/v1/facilities/{id}?asOf=2026-01-13</c>.</summary>
    internal static async Task<Results<Ok<FacilityRecordDetail>, ProblemHttpResult, ValidationProblem>> Get(
        Guid id, [AsParameters] FacilityDetailQuery query, FacilitiesService service, StatsService stats, HttpContext context, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!stats.TryReadAsKnownAt(query.KnownAt, errors)) return Problems.Invalid(errors);
        var found = await service.GetAsync(id, query, context.Viewer(), Links.From(context.Request), ct);
        if (found is null) return Problems.Missing("Facility");
        // The record's own strong ETag (with the response's fingerprint): the one PUT and PATCH expect.
        RecordETag.Set(context, found.Facility.Id, found.Facility.Version);
        return TypedResults.Ok(found);
    }
}
