using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>The deletions feed: what mirrors syncing with <c>updatedSince</c> must drop.</summary>
public static class DeletionEndpoints
{
    public static IEndpointRouteBuilder MapDeletionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/deletions").WithTags("Sync")
            .MapGet("/", GetDeletions)
            .WithName("GetDeletions")
            .WithSummary("Records deleted or withheld since a time, for mirrors that sync with updatedSince.")
            .WithDescription("A withheld detainee appears here as removed; records the public never saw (events of withheld people, events never approved) " +
                "are not listed. Everyone, staff included, gets the same feed. " +
                "Pages follow the Link header (rel=\"next\") or nextCursor.")
            .Produces<Page<DeletionDto>>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
        return app;
    }

    /// <summary>Records removed from public view since a time.</summary>
    /// <param name="context">The request.</param>
    /// <param name="stats">The statistics service.</param>
    /// <param name="since">Required. ISO 8601 timestamp (e.g. 2026-01-31T00:00:00Z); records removed at or after it are listed.</param>
    /// <param name="limit">Page size, 1–500; default 50.</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<Results<Ok<Page<DeletionDto>>, ValidationProblem>> GetDeletions(HttpContext context, StatsService stats,
        [MaxLength(ValueFormats.InstantLength)] string? since, [Range(1, Paging.MaxLimit)] int? limit,
        [MaxLength(Cursor.MaxLength)] string? cursor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        DateTimeOffset from = default;
        if (string.IsNullOrWhiteSpace(since)) errors["since"] = ["'since' is required: the time of your last sync (ISO 8601)."];
        else if (since.Length > ValueFormats.InstantLength || !DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out from))
            errors["since"] = ["'since' must be an ISO 8601 timestamp, e.g. 2026-01-31T00:00:00Z."];
        var size = limit ?? Paging.DefaultLimit;
        if (size is < 1 or > Paging.MaxLimit) errors["limit"] = [$"'limit' must be between 1 and {Paging.MaxLimit}."];
        long? after = null;
        if (!Cursor.TryDecode(cursor, out var position) || (position is not null && (position.Sort != StatsService.DeletionsCursor || !long.TryParse(position.Key, out _))))
            errors["cursor"] = ["'cursor' is not a cursor of this list; start again without it."];
        else if (position is not null) after = long.Parse(position.Key, CultureInfo.InvariantCulture);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var page = await stats.GetDeletionsAsync(from, after, size, ct);
        Paging.AddNextLink(context, page.NextCursor);
        return TypedResults.Ok(page);
    }
}
