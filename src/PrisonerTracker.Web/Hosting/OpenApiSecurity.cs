using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// The bearer scheme, and on each operation whether it needs a key. Reads take an optional key
/// (staff see restricted fields and withheld records), so they list both "no key" and the bearer
/// scheme; writes and key management list only the bearer scheme.
/// </summary>
internal sealed class OpenApiSecurity : IOperationFilter
{
    public const string SchemeName = "apiKey";

    public static void Configure(SwaggerGenOptions options)
    {
        options.AddSecurityDefinition(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "API key",
            Description = "An API key issued by an administrator, sent as `Authorization: Bearer <key>`. " +
                "Without a key, reads answer with public data only and writes answer 401.",
        });
        options.OperationFilter<OpenApiSecurity>();
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var required = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var bearer = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] };
        operation.Security = required ? [bearer] : [new OpenApiSecurityRequirement(), bearer];
    }
}
