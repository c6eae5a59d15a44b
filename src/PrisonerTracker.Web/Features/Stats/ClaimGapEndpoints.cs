using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>The claim gap of one announcement (the rest of <c>/api/v1/announcements</c> is mapped elsewhere).</summary>
public static class ClaimGapEndpoints
{
    public static IEndpointRouteBuilder MapClaimGapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/announcements").WithTags("Statistics")
            .MapGet("/{id}/gap", GetClaimGap)
            .WithName("GetAnnouncementGap")
            .WithSummary("What an announcement claimed, what was verified on its date, the difference, and the NGO tallies in force beside it.")
            .WithDescription("Verified releases are people with a counted release event dated within the claim's window, or, when the claim gives none, " +
                "from the first official release announcement to the claim's date. 'comparable' and 'notes' say when scopes or windows differ.")
            .Produces<ClaimGapReport>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
        return app;
    }

    /// <summary>The claim gap of one announcement.</summary>
    /// <param name="stats">The statistics service.</param>
    /// <param name="id">The announcement's id.</param>
    /// <param name="minConfidence">Lowest confidence that counts: Claimed, Reported, Verified (default) or Confirmed.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<Results<Ok<ClaimGapReport>, ProblemHttpResult, ValidationProblem>> GetClaimGap(StatsService stats,
        [MaxLength(ValueFormats.UuidLength)] string id, [QueryNames(typeof(Domain.Events.Confidence))] string? minConfidence, CancellationToken ct)
    {
        var query = new StatsQuery();
        var threshold = query.Confidence(minConfidence);
        if (!query.IsValid) return Problems.Invalid(query.Errors);
        var report = Guid.TryParse(id, out var guid) ? await stats.GetClaimGapAsync(guid, threshold, ct) : null;
        return report is null
            // A problem result, not NotFound<ProblemDetails>: only it is sent as application/problem+json.
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, type: "https://tools.ietf.org/html/rfc9110#section-15.5.5",
                title: "Announcement not found.", detail: "No announcement has this id.")
            : TypedResults.Ok(report);
    }
}
