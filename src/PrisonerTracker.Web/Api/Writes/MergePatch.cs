using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using PrisonerTracker.Web.Api.Validation;
using PrisonerTracker.Web.Errors;

namespace PrisonerTracker.Web.Api.Writes;

/// <summary>
/// JSON Merge Patch (RFC 7396) over a request record: the record's current values are
/// written as the request type, the patch is merged in (null removes a value), and the
/// result is read back as that type, so a patch obeys exactly the same field rules as a PUT.
/// </summary>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    public static bool IsMergePatch(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase);

    public static ProblemHttpResult UnsupportedMediaType() => Problems.Result(StatusCodes.Status415UnsupportedMediaType,
        "Unsupported media type.", $"PATCH takes a JSON Merge Patch document: send Content-Type: {MediaType}.");

    /// <summary>The patched request, or the 400 that explains why the patch cannot apply.</summary>
    public static async Task<(T? Request, ValidationProblem? Problem)> ApplyAsync<T>(HttpRequest request, T current, JsonSerializerOptions options)
        where T : IValidatedRequest
    {
        JsonNode? patch;
        try
        {
            patch = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return (default, Problems.Invalid(new Dictionary<string, string[]> { ["body"] = ["The request body is not valid JSON."] }));
        }
        if (patch is not JsonObject)
            return (default, Problems.Invalid(new Dictionary<string, string[]> { ["body"] = ["A merge patch must be a JSON object."] }));

        var merged = Merge(JsonSerializer.SerializeToNode(current, options), patch);
        T? result;
        try
        {
            result = merged.Deserialize<T>(options);
        }
        catch (JsonException ex)
        {
            var (field, message) = JsonBodyError.Describe(ex);
            return (default, Problems.Invalid(new Dictionary<string, string[]> { [field] = [message] }));
        }
        if (result is null) return (default, Problems.Invalid(new Dictionary<string, string[]> { ["body"] = ["The patch removes the whole record."] }));

        var errors = new RequestErrors();
        result.Validate(errors);
        return errors.Any ? (default, Problems.Invalid(errors.ToDictionary())) : (result, null);
    }

    /// <summary>RFC 7396 section 2, MergePatch(Target, Patch).</summary>
    public static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject) return patch?.DeepClone();
        var result = target as JsonObject ?? [];
        foreach (var (name, value) in patchObject)
        {
            if (value is null) result.Remove(name);
            else result[name] = Merge(result[name]?.DeepClone(), value);
        }
        return result;
    }
}
