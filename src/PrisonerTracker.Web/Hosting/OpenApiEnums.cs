using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Detainees;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PrisonerTracker.Web.Hosting;

/// <summary>Documents each <see cref="QueryEnum{T}"/> query parameter as a string with its allowed values.</summary>
internal static class OpenApiEnums
{
    public static void Map(SwaggerGenOptions options)
    {
        MapQueryEnum<StatusFilter>(options);
        MapQueryEnum<DetaineeSort>(options);
        MapQueryEnum<ResponseFormat>(options);
        MapQueryEnum<Gender>(options);
        MapQueryEnum<Confidence>(options);
        MapQueryEnum<EventKind>(options);
        MapQueryEnum<ReviewState>(options);
        MapQueryEnum<FacilityKind>(options);
        MapQueryEnum<OrganisationKind>(options);
        MapQueryEnum<AnnouncementRole>(options);
        MapQueryEnum<ClaimKind>(options);
        MapQueryEnum<DateSort>(options);
    }

    private static void MapQueryEnum<T>(SwaggerGenOptions options) where T : struct, Enum =>
        options.MapType<QueryEnum<T>>(() => new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = [.. QueryNames.All<T>().Select(n => (JsonNode)JsonValue.Create(n))],
        });
}

/// <summary>Enums in bodies and responses are kebab-case strings (<see cref="EnumJson"/>): the schema lists them.</summary>
internal sealed class OpenApiEnumNames : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        // The enum's own schema only: a property that refers to it keeps its reference (and its nullability).
        if (context.MemberInfo is not null || context.ParameterInfo is not null) return;
        var type = Nullable.GetUnderlyingType(context.Type) ?? context.Type;
        if (!type.IsEnum || schema is not OpenApiSchema concrete) return;
        concrete.Type = JsonSchemaType.String;
        concrete.Format = null;
        concrete.Enum = [.. Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(QueryNames.Kebab(n)))];
    }
}
