using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PrisonerTracker.Web.Hosting;

/// <summary>Document-level parts a reader and a linter expect: tag descriptions and the licence of the data.</summary>
internal sealed class OpenApiDocumentText : IDocumentFilter
{
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Detainees", "People held for political reasons: search, filters, profiles with their timeline, and (with a key) records."),
        ("Events", "Verification events, one fact about one person each. Append-only: corrections are new events or reviews."),
        ("Facilities", "Detention sites, with who is held there on a date."),
        ("Organisations", "Who reports facts and makes claims: governments, NGOs, intergovernmental bodies, media."),
        ("Announcements", "Public statements that claim a number, each beside what was verified (the claim gap)."),
        ("Statistics", "Headline counts, breakdowns and time series, derived from the events on any date."),
        ("Sync", "What was removed or withheld from public view since a time, for mirrors that sync with updatedSince."),
        ("Imports", "CSV files of people or events (editors): a dry run previews every row; a commit writes all rows or none, once."),
        ("API keys", "Keys for staff and partner systems (administrators only)."),
        ("Audit", "Every change, review, export and key write: who, when, from where, before and after (staff only)."),
    ];

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var described = Tags.Select(t => (OpenApiTag)new OpenApiTag { Name = t.Name, Description = t.Description });
        var others = (document.Tags ?? Enumerable.Empty<OpenApiTag>()).Where(t => Tags.All(d => d.Name != t.Name));
        document.Tags = new HashSet<OpenApiTag>(described.Concat(others));
    }
}

/// <summary>
/// Each operation gets a short summary (from <c>WithSummary</c>) and a description (the handler's
/// XML comment, which Swashbuckle puts in the summary): readers and linters expect both.
/// </summary>
internal sealed class OpenApiOperationText : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!string.IsNullOrWhiteSpace(operation.Description)) return;
        var declared = context.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<Microsoft.AspNetCore.Http.Metadata.IEndpointSummaryMetadata>().LastOrDefault()?.Summary;
        operation.Description = operation.Summary ?? declared;
        if (declared is not null) operation.Summary = declared;
    }
}

/// <summary>
/// Operations with a <c>format</c> parameter also answer <c>text/csv</c> (every row of the filter):
/// the 200 response lists it beside the JSON schema the typed result declares.
/// </summary>
internal sealed class OpenApiCsvResponses : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters?.Any(p => p.Name == "format") != true) return;
        if (operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response) return;
        response.Content ??= new Dictionary<string, IOpenApiMediaType>();
        response.Content["text/csv"] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180 CSV in UTF-8 with a byte-order mark: a header row named like the JSON fields, then every row of the filter." },
        };
    }
}

/// <summary>
/// A nullable reference is written <c>allOf: [$ref], nullable: true</c>; OpenAPI 3.0 wants a
/// <c>type</c> beside <c>nullable</c>, so it gets the referenced schema's type.
/// </summary>
internal sealed class OpenApiNullableReferences : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null) return;
        foreach (var property in schemas.Values.SelectMany(s => s.Properties?.Values ?? []).OfType<OpenApiSchema>())
        {
            // Nullability is the Null flag of Type; only the flag is there when no type was written.
            if ((property.Type ?? JsonSchemaType.Null) != JsonSchemaType.Null
                || property.AllOf is not { Count: 1 } || property.AllOf[0] is not OpenApiSchemaReference reference) continue;
            var target = reference.Reference.Id is { } id && schemas.TryGetValue(id, out var found) ? found : null;
            if (target?.Type is { } type) property.Type = type | (property.Type ?? 0);
            // A string with a type of its own is checked like any string: it is as long as the longest name at most.
            if (target?.Enum is { Count: > 0 } names && target.Type == JsonSchemaType.String)
                property.MaxLength ??= names.Max(n => n?.ToString().Length ?? 0);
        }
    }
}
