using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
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
            .WithSummary("An official claim beside the independent tallies in force on its date (as a range, each body named) and the register's named cases.")
            .WithDescription("Only official claims have a gap: for an independent tally the answer is 409 (errors.role), since tallies are what claims are checked against. " +
                "Tallies of the same kind (releases, or people held for a claim of detentions) count over a comparable period when they start counting on the same day " +
                "(their window's start, else the first official release announcement). 'difference' is the claimed figure minus the highest and the lowest tally. " +
                "'register' counts named cases recorded here: people with a counted release in the claim's window, or, when it gives none, from the first official " +
                "release announcement to the claim's date. 'comparable' and 'notes' say when scopes or windows differ.")
            .Produces<ClaimGapReport>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem();
        return app;
    }

    /// <summary>The claim gap of one official claim.</summary>
    /// <param name="context">The request.</param>
    /// <param name="stats">The statistics service.</param>
    /// <param name="id">The announcement's id.</param>
    /// <param name="minConfidence">Lowest confidence that counts in the register: claimed, reported, verified (default) or confirmed.</param>
    /// <param name="knownAt">Reproduce the comparison as it was known at this instant (ISO 8601 with offset); default now.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<Results<Ok<ClaimGapReport>, ProblemHttpResult, ValidationProblem>> GetClaimGap(HttpContext context, StatsService stats,
        [MaxLength(ValueFormats.UuidLength)] string id, [QueryNames(typeof(Domain.Events.Confidence))] string? minConfidence,
        [MaxLength(ValueFormats.InstantLength)] string? knownAt, CancellationToken ct)
    {
        var query = new StatsQuery();
        stats.ReadAsKnownAt(query.KnownAt(knownAt, stats.Now));
        var threshold = query.Confidence(minConfidence);
        if (!query.IsValid) return Problems.Invalid(query.Errors);
        var found = Guid.TryParse(id, out var guid) ? await stats.GetClaimGapAsync(guid, threshold, Links.From(context.Request), ct) : new(null, false);
        if (found.IsTally) return TypedResults.Problem(NotAClaim());
        // A problem result, not NotFound<ProblemDetails>: only it is sent as application/problem+json.
        return found.Report is { } report
            ? TypedResults.Ok(report)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, type: "https://tools.ietf.org/html/rfc9110#section-15.5.5",
                title: "Announcement not found.", detail: "No announcement has this id.");
    }

    /// <summary>409: the announcement exists, but as a tally it is what claims are checked against, never given a gap itself.</summary>
    private static ProblemDetails NotAClaim()
    {
        var problem = Problems.Details(StatusCodes.Status409Conflict, "An independent tally has no claim gap.",
            "This announcement is an independent tally (role Tally). Tallies are what official claims are checked against; " +
            "read it with GET /api/v1/announcements/{id}, and see its comparison with the claims around it on its page.");
        problem.Extensions["errors"] = new Dictionary<string, string[]> { ["role"] = ["Only an official claim (role Claim) has a claim gap."] };
        return problem;
    }
}
