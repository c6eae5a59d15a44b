using Microsoft.AspNetCore.Http.HttpResults;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Organisations;

/// <summary><c>/api/v1/organisations</c>: who speaks and who reports.</summary>
public static class OrganisationsEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organisations").WithTags("Organisations");
        group.MapGet("/", List)
            .WithName("ListOrganisations")
            .WithSummary("List organisations (governments, NGOs, media…) by name; filter by kind; page or download as CSV.")
            .RejectUnknownQuery<OrganisationListQuery>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:guid}", Get)
            .WithName("GetOrganisation")
            .WithSummary("One organisation, with its strong ETag for If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>One organisation; its ETag is the one PUT and PATCH expect in If-Match.</summary>
    internal static async Task<Results<Ok<OrganisationItem>, ProblemHttpResult>> Get(
        Guid id, OrganisationsService service, HttpContext context, CancellationToken ct)
    {
        var found = await service.GetAsync(id, Links.From(context.Request), ct);
        if (found is null) return Problems.Missing("Organisation");
        RecordETag.Set(context, found.Id, found.Version);
        return TypedResults.Ok(found);
    }

    /// <summary>List organisations. Example: <c>GET /api/v1/organisations?kind=ngo</c>.</summary>
    internal static async Task<Results<Ok<Page<OrganisationItem>>, CsvResult<OrganisationCsvRow>, ValidationProblem>> List(
        [AsParameters] OrganisationListQuery query, OrganisationsService service, HttpContext context, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageInput.TryCreate(query.Limit, query.Cursor, OrganisationsService.ByName, errors);
        if (page is null) return Problems.Invalid(errors);
        var links = Links.From(context.Request);
        if (Csv.IsRequested(context)) return Csv.Of(context, service.ExportAsync(query, links, ct).Select(OrganisationCsvRow.From), "organisations", null);
        var result = await service.ListAsync(query, page, links, ct);
        Paging.AddNextLink(context, result.NextCursor);
        return TypedResults.Ok(result);
    }
}
