using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// Refuses query parameters an endpoint does not know: a typo (<c>?stauts=held</c>) must not
/// silently return everything. The allowed names are read from the <c>[FromQuery(Name)]</c>
/// attributes of the endpoint's parameter record, so the list cannot drift from the binding.
/// </summary>
public static class QueryGuard
{
    private static readonly ConcurrentDictionary<Type, HashSet<string>> Known = new();

    public static RouteHandlerBuilder RejectUnknownQuery<TQuery>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var allowed = Known.GetOrAdd(typeof(TQuery), NamesOf);
            var unknown = context.HttpContext.Request.Query.Keys.Where(k => !allowed.Contains(k)).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count == 0) return await next(context);
            // Parameter names are echoed (they are the caller's typo, not data); values never are.
            var errors = unknown.Take(10).ToDictionary(k => k.Length > 40 ? k[..40] : k, _ => new[] { "Unknown query parameter." });
            return TypedResults.ValidationProblem(errors,
                detail: $"Unknown query parameter(s): {string.Join(", ", errors.Keys)}. Allowed: {string.Join(", ", allowed.Order())}.",
                title: "The request is invalid.", type: Problems.ValidationType);
        });

    private static HashSet<string> NamesOf(Type type)
    {
        var names = type.GetConstructors().SelectMany(c => c.GetParameters())
            .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name)
            .Concat(type.GetProperties().Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name))
            .OfType<string>();
        return new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
    }
}
