using PrisonerTracker.Web.Api.Access;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Api.Writes;

/// <summary>The conventions every write group shares: editor role, request validation, documented errors.</summary>
public static class WriteEndpointExtensions
{
    public static RouteGroupBuilder MapWriteGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix).WithTags(tag)
            .RequireAuthorization(Policies.Editor)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>POST that creates: 201, 400, 415, 422; honours Idempotency-Key.</summary>
    public static RouteHandlerBuilder CreatesRecord(this RouteHandlerBuilder builder) =>
        builder.WithIdempotency()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>PUT or PATCH of one record: If-Match required (428), stale (412), 404, 409, 400, 415, 422.</summary>
    public static RouteHandlerBuilder ChangesRecord(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>DELETE (soft): reviewer role, 204, 404, 409 when still referenced, 412 on a stale If-Match.</summary>
    public static RouteHandlerBuilder DeletesRecord(this RouteHandlerBuilder builder) =>
        builder.RequireAuthorization(Policies.Reviewer)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
