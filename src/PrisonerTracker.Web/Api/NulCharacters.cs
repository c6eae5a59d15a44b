using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// PostgreSQL text cannot hold the NUL character (U+0000), so a value carrying one would fail
/// deep in a query. It is refused at the door instead: a 400 naming the parameter or field.
/// </summary>
public static class NulCharacters
{
    public const string Message = "must not contain the NUL character (U+0000).";

    /// <summary>Query strings: API callers get a problem naming the parameter; pages the 400 error page.</summary>
    public static IApplicationBuilder UseNulCharacterCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var bad = context.Request.Query.FirstOrDefault(q => q.Key.Contains('\0') || q.Value.Any(v => v?.Contains('\0') == true)).Key;
        if (bad is null)
        {
            await next(context);
            return;
        }
        var field = bad.Contains('\0') ? "query" : bad;
        if (context.Request.Path.StartsWithSegments("/api"))
            await Problems.Invalid(field, $"'{field}' {Message}").ExecuteAsync(context);
        else
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
    });

    /// <summary>JSON bodies: every string is checked as it is read.</summary>
    public sealed class JsonConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString();
            return value is not null && value.Contains('\0') ? throw new JsonException(Message) : value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
