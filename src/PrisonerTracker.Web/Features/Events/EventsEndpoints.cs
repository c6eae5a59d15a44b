using PrisonerTracker.Web.Features.Stats;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Events;

/// <summary><c>/api/v1/events</c>: every recorded fact, filtered, paged, as JSON or CSV.</summary>
public static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapEventsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/events").WithTags("Events");
        group.MapGet("/", List)
            .WithName("ListEvents")
            .WithSummary("List verification events (arrests, transfers, releases…) with sources; filter, page, or download as CSV.")
            .RejectUnknownQuery<EventListQuery>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id}", Get)
            .WithName("GetEvent")
            .WithSummary("One verification event with its sources.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RejectUnknownQuery<NoQuery>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    /// <summary>List events.</summary>
    /// <remarks>
    /// Anonymous callers see approved events of published people only; asking them for pending or rejected
    /// events answers 403. Example: <c>GET /api/v1/events?kind=released-conditional&amp;confidence=verified</c>.
    /// </remarks>
    internal static async Task<Results<Ok<Page<EventDto>>, CsvResult<EventCsvRow>, ValidationProblem, ProblemHttpResult>> List(
        [AsParameters] EventListQuery query, EventsService service, StatsService stats, HttpContext context, CancellationToken ct)
    {
        var viewer = context.Viewer();
        var errors = new Dictionary<string, string[]>();
        if (query.From > query.To) errors["from"] = ["'from' is after 'to'."];
        stats.TryReadAsKnownAt(query.KnownAt, errors);
        var page = PageInput.TryCreate(query.Limit, query.Cursor, EventsService.SortFor(query.Sort?.Value), errors);
        if (page is null || errors.Count > 0) return Problems.Invalid(errors);
        if (!viewer.IsStaff && query.ReviewState is { Value: not ReviewState.Approved })
            return Problems.Forbidden("Only staff can see events that are pending review or rejected.");
        var links = Links.From(context.Request);
        if (Csv.IsRequested(context))
            return Csv.Of(context, service.ExportAsync(query, viewer, links, ct).Select(EventCsvRow.From), "events", query.To);
        var result = await service.ListAsync(query, page, viewer, links, ct);
        Paging.AddNextLink(context, result.NextCursor);
        return TypedResults.Ok(result);
    }

    /// <summary>One event. Events of withheld people, and unapproved events, answer 404 to anonymous callers.</summary>
    internal static async Task<Results<Ok<EventDto>, ProblemHttpResult>> Get(Guid id, EventsService service, HttpContext context, CancellationToken ct)
    {
        var found = await service.GetAsync(id, context.Viewer(), Links.From(context.Request), ct);
        return found is null ? Problems.Missing("Event") : TypedResults.Ok(found);
    }
}
