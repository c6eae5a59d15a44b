using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// Enums in JSON bodies as strings, in kebab-case like the query strings, the CSV and the OpenAPI
/// schema (<c>released-conditional</c>). Read case-insensitively in that form or as the names
/// written before 2026 (<c>ReleasedConditional</c>), so older clients keep working.
/// Numbers are refused, and an unknown value is answered with the list of valid ones.
/// </summary>
public sealed class EnumJson : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    /// <summary>The message of a refused value: the field's valid names, never the value sent.</summary>
    public const string MessageStart = "Expected one of: ";

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        // First name wins where two fold to the same key (aliases), rather than failing at startup.
        private static readonly Dictionary<string, T> ByKey = Enum.GetValues<T>().GroupBy(v => Key(v.ToString()))
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        private static readonly string Expected = MessageStart + string.Join(", ", Enum.GetNames<T>().Select(QueryNames.Kebab)) + ".";

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                && reader.GetString() is { } text && ByKey.TryGetValue(Key(text), out var value))
                return value;
            throw new JsonException(Expected);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(QueryNames.Kebab(value.ToString()));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(QueryNames.Kebab(value.ToString()));

        private static string Key(string name) => name.Replace("-", "").Replace("_", "").Trim().ToLowerInvariant();
    }
}
