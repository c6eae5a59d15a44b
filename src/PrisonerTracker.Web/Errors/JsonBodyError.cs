using System.Text.Json;
using System.Text.RegularExpressions;

namespace PrisonerTracker.Web.Errors;

/// <summary>
/// Names the field behind a JSON body error: an unknown or server-owned property (request
/// types refuse unmapped members), or a value of the wrong type or an unknown enum name.
/// The value itself is never repeated.
/// </summary>
public static partial class JsonBodyError
{
    public static (string Field, string Message) Describe(JsonException exception)
    {
        var unmapped = UnmappedProperty().Match(exception.Message);
        if (unmapped.Success)
        {
            var name = unmapped.Groups["name"].Value;
            return (name, $"'{name}' is not a field of this request (unknown, or set by the server).");
        }
        var path = exception.Path?.TrimStart('$').TrimStart('.');
        var field = string.IsNullOrEmpty(path) || path.Length > 200 ? "body" : path;
        if (field != "body" && exception.Message == Api.NulCharacters.Message)
            return (field, $"'{field}' {Api.NulCharacters.Message}");
        if (field != "body" && exception.Message.StartsWith(Api.EnumJson.MessageStart, StringComparison.Ordinal))
            return (field, $"'{field}' must be one of: {exception.Message[Api.EnumJson.MessageStart.Length..].TrimEnd('.')} (kebab-case, as in query strings, is accepted too).");
        return field == "body"
            ? (field, "The request body is not valid JSON for this operation.")
            : (field, $"'{field}' has an invalid value or type.");
    }

    [GeneratedRegex(@"^The JSON property '(?<name>[A-Za-z0-9_\-$]{1,100})' could not be mapped")]
    private static partial Regex UnmappedProperty();
}
