using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PrisonerTracker.Web.Api;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// Limits the document declares beyond what Swashbuckle reads by itself: the length of ids, dates
/// and instants (they are parsed, so longer values are refused), the longest entry of a list of
/// strings, the names a string parameter accepts, and the <c>[MaxLength]</c> and <c>[Range]</c> of
/// query records bound with <c>[AsParameters]</c> (the same attributes <see cref="QueryGuard"/> and
/// the paging checks enforce).
/// </summary>
internal sealed class OpenApiLimits : ISchemaFilter, IParameterFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete) return;
        if (LengthOf(context.Type) is { } length) concrete.MaxLength ??= length;
        var each = context.MemberInfo?.GetCustomAttribute<EachMaxLengthAttribute>();
        if (each is not null && concrete.Items is OpenApiSchema items) items.MaxLength = each.Length;
    }

    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter.Schema is not OpenApiSchema schema) return;
        var type = context.ParameterInfo?.ParameterType ?? context.PropertyInfo?.PropertyType;
        if (type is not null && LengthOf(type) is { } length) schema.MaxLength ??= length;
        if (type is not null && QueryEnumNames(type) is { } names) schema.Enum ??= [.. names.Select(n => (JsonNode)JsonValue.Create(n))];
        var attributes = AttributesOf(context).ToList();
        if (attributes.OfType<QueryNamesAttribute>().FirstOrDefault() is { } named)
            schema.Enum = [.. named.Names.Select(n => (JsonNode)JsonValue.Create(n))];
        if (attributes.OfType<MaxLengthAttribute>().FirstOrDefault() is { } max) schema.MaxLength ??= max.Length;
        if (attributes.OfType<RangeAttribute>().FirstOrDefault() is { } range)
        {
            schema.Minimum ??= Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
            schema.Maximum ??= Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
        }
    }

    // A handler's own parameter, or a record's property bound with [AsParameters] and the constructor parameter behind it.
    private static IEnumerable<Attribute> AttributesOf(ParameterFilterContext context)
    {
        var own = context.ParameterInfo?.GetCustomAttributes() ?? [];
        if (context.PropertyInfo is not { } property) return own;
        var behind = property.DeclaringType?.GetConstructors().SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == property.Name)?.GetCustomAttributes() ?? [];
        return own.Concat(property.GetCustomAttributes()).Concat(behind);
    }

    private static int? LengthOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(Guid) ? ValueFormats.UuidLength
            : type == typeof(DateOnly) ? ValueFormats.DateLength
            : type == typeof(DateTimeOffset) || type == typeof(DateTime) ? ValueFormats.InstantLength
            : null;
    }

    private static IReadOnlyList<string>? QueryEnumNames(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(QueryEnum<>)) return null;
        return (IReadOnlyList<string>?)typeof(QueryNames).GetMethod(nameof(QueryNames.All))!
            .MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, null);
    }
}
