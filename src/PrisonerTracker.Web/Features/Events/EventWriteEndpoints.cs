using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Access;
using PrisonerTracker.Web.Api.Writes;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>
/// Recording events (<c>POST /api/v1/detainees/{id}/events</c>) and reviewing them
/// (<c>POST /api/v1/events/{id}/review</c>). Events are append-only: no PUT, PATCH or DELETE.
/// </summary>
public static class EventWriteEndpoints
{
    public static IEndpointRouteBuilder MapEventWriteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapWriteGroup("/api/v1/detainees", "Events")
            .MapPost("/{id:guid}/events", Record).WithName("RecordEvent")
            .WithSummary("Record an event about a person (editor); it starts pending review.")
            .CreatesRecord().ProducesProblem(StatusCodes.Status404NotFound);

        var events = app.MapWriteGroup("/api/v1/events", "Events");
        events.MapPost("/{id:guid}/review", Review).WithName("ReviewEvent")
            .WithSummary("Approve, reject (with a reason) or mark unverifiable a pending event (reviewer of its author's organisation; not one's own).")
            .RequireAuthorization(Policies.Reviewer).WithIdempotency()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        events.MapMethods("/{id:guid}", [HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], AppendOnly).WithName("EventsAreAppendOnly")
            // Not an operation a client can use: it only explains the 405, so it stays out of the document.
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Records the event through the person's history rules; 422 names the field a rule refused.</summary>
    public static async Task<Results<Created<EventDto>, ProblemHttpResult>> Record(
        Guid id, EventRequest request, EventWriteService writes, HttpContext context, CancellationToken ct)
    {
        var eventId = await writes.RecordAsync(id, request, context.Viewer(), ct);
        if (eventId is null) return Problems.Missing("Detainee");
        return TypedResults.Created($"/api/v1/events/{eventId}", await writes.GetAsync(eventId.Value, Links.From(context.Request), ct));
    }

    /// <summary>Decides on the event as the API key's account; reviewing one's own entry is refused (422), another organisation's pending work is 404.</summary>
    public static async Task<Results<Ok<EventDto>, ProblemHttpResult>> Review(
        Guid id, ReviewRequest request, EventWriteService writes, HttpContext context, CancellationToken ct)
    {
        if (!await writes.ReviewAsync(id, request, context.Viewer(), ct)) return Problems.Missing("Event");
        return TypedResults.Ok(await writes.GetAsync(id, Links.From(context.Request), ct));
    }

    public static ProblemHttpResult AppendOnly(HttpContext context)
    {
        context.Response.Headers.Allow = "GET, HEAD";
        return Problems.Result(StatusCodes.Status405MethodNotAllowed, "Events are append-only.",
            "An event cannot be changed or deleted. Record a new event that corrects it, or have a reviewer reject it while pending.");
    }
}
