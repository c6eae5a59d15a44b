using Microsoft.OpenApi;
using Swashbuckle.AspNetCore;
using Swashbuckle.AspNetCore.Swagger;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PrisonerTracker.Web.Hosting;

internal static class OpenApiSetup
{
    public static void Configure(SwaggerGenOptions options)
    {
        options.SwaggerDoc("v1", new()
        {
            Title = "PrisonerTracker API",
            Version = "v1",
            Description = "Official claims about releases of political prisoners, next to what was independently verified.",
            // The records are published to be cited and reused with attribution (see /methodology).
            Contact = new OpenApiContact { Name = "PrisonerTracker" },
            License = new OpenApiLicense { Name = "CC BY 4.0 (data)", Url = new Uri("https://creativecommons.org/licenses/by/4.0/") },
        });
        OpenApiSecurity.Configure(options);
        options.DocumentFilter<OpenApiDocumentText>();
        options.DocumentFilter<OpenApiNullableReferences>();
        // Nullable annotations are on everywhere: a non-nullable property is never null on the wire.
        options.SupportNonNullableReferenceTypes();
        // A nullable reference to another schema: allOf + nullable, since OpenAPI 3.0 ignores siblings of $ref.
        options.UseAllOfToExtendReferenceSchemas();
        OpenApiEnums.Map(options);
        options.SchemaFilter<OpenApiEnumNames>();
        var xml = Path.Combine(AppContext.BaseDirectory, "PrisonerTracker.Web.xml");
        if (File.Exists(xml)) options.IncludeXmlComments(xml);
        // After the XML comments, which it rearranges into summary and description.
        options.OperationFilter<OpenApiOperationText>();
        options.OperationFilter<OpenApiCsvResponses>();
        options.OperationFilter<OpenApiResponses>();
        options.SchemaFilter<OpenApiLimits>();
        options.ParameterFilter<OpenApiLimits>();
    }

    /// <summary>
    /// The server is where the document was fetched from: a relative URL (OpenAPI resolves it against
    /// the document's address), so it stays right behind a proxy or under another host name.
    /// </summary>
    public static void Serve(SwaggerOptions options) =>
        options.PreSerializeFilters.Add((document, request) =>
            document.Servers =
            [
                new OpenApiServer
                {
                    Url = request.PathBase.HasValue ? request.PathBase.Value : "/",
                    // One document per deployment: it names whichever it was fetched from (production or a local one).
                    Description = "This server: the production or local instance this document was fetched from",
                    // Public: anyone may read the data; writes need a key.
                    Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) },
                },
            ]);
}
