using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using PrisonerTracker.Web.Api.Limits;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// Answers every operation can give whatever its handler returns, as problem details: 400 (a NUL
/// character or an unknown parameter in any query), 401 (a wrong or revoked key, reads included),
/// 429 (the rate limit, with Retry-After), 500 and 503 (the database is briefly unreachable, with Retry-After). Every success and client error also carries the
/// rate-limit headers and the CORS header the API sends on each response.
/// </summary>
internal sealed class OpenApiResponses : IOperationFilter
{
    private static readonly (string Status, string Description)[] Always =
    [
        ("400", "The request is invalid; errors names each field."),
        ("401", "The API key sent is wrong or revoked (or, on a write, missing)."),
        ("429", "Too many requests in this minute; retry after the seconds in Retry-After."),
        ("500", "An unexpected error; nothing was written."),
        ("503", "The database cannot answer right now; nothing was written. Retry after the seconds in Retry-After."),
    ];

    private static readonly (string Name, string Description, JsonSchemaType Type)[] Headers =
    [
        (ApiRateLimits.LimitHeader, "Requests allowed per one-minute window: per API key, or per client address without one.", JsonSchemaType.Integer),
        (ApiRateLimits.RemainingHeader, "Requests left in the current window, this one included.", JsonSchemaType.Integer),
        ("Retry-After", "Seconds to wait before the next request.", JsonSchemaType.Integer),
        ("Access-Control-Allow-Origin", "`*` when the request comes from a web page (it sends Origin): any site may call the API, without cookies.", JsonSchemaType.String),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        RegisterHeaders(context.Document);
        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        foreach (var (status, description) in Always)
        {
            if (operation.Responses.ContainsKey(status)) continue;
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } },
            };
        }
        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete || !(status[0] is '2' or '4' || status == "503")) continue;
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            foreach (var (name, _, _) in Headers.Where(h => h.Name != "Retry-After" || status is "429" or "503"))
                concrete.Headers[name] = new OpenApiHeaderReference(name, context.Document);
        }
    }

    private static void RegisterHeaders(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        foreach (var (name, description, type) in Headers)
            document.Components.Headers.TryAdd(name, new OpenApiHeader
            {
                Description = description,
                Schema = type == JsonSchemaType.String
                    ? new OpenApiSchema { Type = type, Enum = [JsonValue.Create("*")] }
                    : new OpenApiSchema { Type = type, Format = "int32", Minimum = "0", Maximum = int.MaxValue.ToString(CultureInfo.InvariantCulture) },
            });
    }
}
