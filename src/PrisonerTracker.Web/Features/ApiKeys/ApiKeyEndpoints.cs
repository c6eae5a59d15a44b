using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Access;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Features.ApiKeys;

/// <summary>API key management, for admins. Secrets are shown once, at creation, and never stored.</summary>
public static class ApiKeyEndpoints
{
    public static IEndpointRouteBuilder MapApiKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/api-keys").WithTags("API keys").WithMetadata(OutsideDataVersion.Instance)
            .RequireAuthorization(Policies.Admin).AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", CreateAsync).WithName("CreateApiKey").WithSummary("Create an API key; the secret is returned once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", ListAsync).WithName("ListApiKeys").WithSummary("List API keys (never their secrets).");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetApiKey").WithSummary("One API key (never its secret).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeApiKey").WithSummary("Revoke an API key; it stops working at once.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Creates a key for an organisation with a role (Editor, Reviewer or Admin).</summary>
    public static async Task<Created<CreatedApiKeyDto>> CreateAsync(
        CreateApiKeyRequest request, HttpContext context, ApiKeyService keys, CancellationToken ct)
    {
        var created = await keys.CreateAsync(request.Name!, request.OrganisationId!.Value, request.Role!.Value, context.Viewer().Name ?? "api", ct, request.UserId);
        return TypedResults.Created($"/api/v1/api-keys/{created.ApiKey.Id}", created);
    }

    /// <summary>Every key, revoked ones included, oldest first.</summary>
    public static async Task<Ok<IReadOnlyList<ApiKeyDto>>> ListAsync(ApiKeyService keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.ListAsync(ct));

    public static async Task<Results<Ok<ApiKeyDto>, ProblemHttpResult>> GetAsync(Guid id, ApiKeyService keys, CancellationToken ct) =>
        (await keys.ListAsync(ct)).SingleOrDefault(k => k.Id == id) is { } key ? TypedResults.Ok(key) : Problems.Missing("API key");

    /// <summary>Revokes the key and returns it; revoking an already revoked key changes nothing.</summary>
    public static async Task<Results<Ok<ApiKeyDto>, ProblemHttpResult>> RevokeAsync(Guid id, ApiKeyService keys, CancellationToken ct) =>
        await keys.RevokeAsync(id, null, ct) is { } key ? TypedResults.Ok(key) : Problems.Missing("API key");
}
