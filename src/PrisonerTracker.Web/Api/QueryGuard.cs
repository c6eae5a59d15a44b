using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// Refuses query parameters an endpoint does not know: a typo (<c>?stauts=held</c>) must not
/// silently return everything. The allowed names are read from the <c>[FromQuery(Name)]</c>
/// attributes of the endpoint's parameter record, so the list cannot drift from the binding.
/// A <c>[MaxLength]</c> beside it is enforced here too (400 naming the parameter): the same
/// attribute is what the OpenAPI document declares as the parameter's <c>maxLength</c>.
/// </summary>
public static class QueryGuard
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, int?>> Known = new();

    public static RouteHandlerBuilder RejectUnknownQuery<TQuery>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var allowed = Known.GetOrAdd(typeof(TQuery), ParametersOf);
            var query = context.HttpContext.Request.Query;
            var unknown = query.Keys.Where(k => !allowed.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                // Parameter names are echoed (they are the caller's typo, not data); values never are.
                var errors = unknown.Take(10).ToDictionary(k => k.Length > 40 ? k[..40] : k, _ => new[] { "Unknown query parameter." });
                return TypedResults.ValidationProblem(errors,
                    detail: $"Unknown query parameter(s): {string.Join(", ", errors.Keys)}. Allowed: {string.Join(", ", allowed.Keys.Order())}.",
                    title: "The request is invalid.", type: Problems.ValidationType);
            }
            var tooLong = query.Where(q => allowed[q.Key] is { } max && q.Value.Any(v => v?.Length > max))
                .ToDictionary(q => q.Key, q => new[] { $"'{q.Key}' must be at most {allowed[q.Key]} characters." });
            return tooLong.Count > 0 ? Problems.Invalid(tooLong) : await next(context);
        });

    // Name → longest value allowed (null: no limit beyond its type), case-insensitive like the binding.
    private static Dictionary<string, int?> ParametersOf(Type type)
    {
        var members = type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => (ICustomAttributeProvider)p)
            .Concat(type.GetProperties());
        var result = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in members)
        {
            var name = member.GetCustomAttributes(typeof(FromQueryAttribute), false).OfType<FromQueryAttribute>().FirstOrDefault()?.Name;
            if (name is null) continue;
            var max = member.GetCustomAttributes(typeof(MaxLengthAttribute), false).OfType<MaxLengthAttribute>().FirstOrDefault()?.Length;
            result[name] = max ?? (result.TryGetValue(name, out var known) ? known : null);
        }
        return result;
    }
}
