using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace PrisonerTracker.Web.Errors;

/// <summary>
/// Turns the framework's binding failures into problem details that name the field.
/// The offending value is never echoed back: it may be hostile or personal.
/// </summary>
public static partial class BadRequestProblem
{
    public static ProblemDetails From(BadHttpRequestException exception)
    {
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return new ProblemDetails { Status = 413, Type = Api.Problems.TypeFor(413), Title = "The request body is too large.", Detail = "Request bodies are limited to 1 MiB." };
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return new ProblemDetails { Status = 415, Type = Api.Problems.TypeFor(415), Title = "Unsupported media type.", Detail = "Send the request body as application/json." };

        if (exception.InnerException is System.Text.Json.JsonException json)
        {
            var (jsonField, jsonMessage) = JsonBodyError.Describe(json);
            return new ValidationProblemDetails(new Dictionary<string, string[]> { [jsonField] = [jsonMessage] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is invalid.",
                Detail = jsonMessage,
            };
        }

        var match = ParameterName().Match(exception.Message);
        var field = match.Success ? Camel(match.Groups["name"].Value) : "request";
        var fromBody = exception.Message.Contains("request body", StringComparison.OrdinalIgnoreCase);
        var message = fromBody
            ? "The request body is not valid JSON for this operation."
            : exception.Message.StartsWith("Required", StringComparison.Ordinal)
                ? $"'{field}' is required."
                : $"'{field}' {Expected(exception.Message)}";
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [fromBody ? "body" : field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
            Detail = message,
        };
    }

    /// <summary>What a value of the parameter's type looks like (the message names the type, never echoed).</summary>
    private static string Expected(string message) =>
        message.Contains("DateTimeOffset", StringComparison.Ordinal)
            ? "must be an ISO 8601 instant such as 2026-01-31T00:00:00Z (send a '+' offset as %2B)."
            : message.Contains("DateOnly", StringComparison.Ordinal) ? "must be a date written YYYY-MM-DD, e.g. 2026-01-13."
            : message.Contains("Guid", StringComparison.Ordinal) ? "must be an id (a UUID)."
            : message.Contains("bool", StringComparison.OrdinalIgnoreCase) ? "must be true or false."
            : message.Contains("<int>", StringComparison.Ordinal) || message.Contains("\"int ", StringComparison.Ordinal) || message.Contains("Int32", StringComparison.Ordinal)
                ? "must be a whole number."
            : "has an invalid value.";

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex("parameter \"(?:[^\"]*\\s)?(?<name>\\w+)\"")]
    private static partial Regex ParameterName();
}
