using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Access;
using PrisonerTracker.Web.Api.Validation;
using PrisonerTracker.Web.Api.Writes;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>
/// <c>POST /api/v1/detainees/{id}/publication</c>: the second person's decision on a request to
/// publish a withheld person. Reviewers and admins only, never the requester, as for event reviews.
/// </summary>
public static class DetaineePublicationEndpoints
{
    public static IEndpointRouteBuilder MapDetaineePublicationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapWriteGroup("/api/v1/detainees", "Detainees")
            .MapPost("/{id:guid}/publication", Decide).WithName("DecidePublication")
            .WithSummary("Approve or reject a pending request to publish a withheld person (reviewer; not one's own request).")
            .RequireAuthorization(Policies.Reviewer).WithIdempotency()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    /// <summary>
    /// Decides as the API key's name: <c>approve</c> makes the person public, <c>reject</c> keeps them
    /// withheld; either closes the request. No request pending, or approving one's own request: 422.
    /// The answer is the person as stored, without restricted fields.
    /// </summary>
    public static async Task<Results<Ok<DetaineeWritten>, ProblemHttpResult>> Decide(
        Guid id, PublicationDecisionRequest request, DetaineeWriteService writes, HttpContext context, CancellationToken ct)
    {
        var detainee = await writes.FindAsync(id, ct);
        if (detainee is null) return Problems.Missing("Detainee");
        var viewer = context.Viewer();
        await writes.DecidePublicationAsync(detainee, request.Decision!.Value, viewer, ct);
        RecordETag.Set(context, detainee.Id, detainee.Version);
        // Never restricted fields: a decision does not need them, and an Idempotency-Key keeps the answer for a day.
        return TypedResults.Ok(DetaineeWritten.From(detainee, withRestricted: false));
    }
}

/// <summary>A reviewer's decision on a pending publication request: <c>approve</c> or <c>reject</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PublicationDecisionRequest(ReviewDecision? Decision) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Defined("decision", Decision, required: true);
        // The enum is shared with event reviews; "unverifiable" says nothing about whether a person may be named.
        if (Decision == ReviewDecision.Unverifiable) errors.Add("decision", "A publication request is approved or rejected.");
    }
}
