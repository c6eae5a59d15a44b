using Microsoft.Net.Http.Headers;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// The strong ETag of one record, <c>"&lt;id&gt;-&lt;version&gt;"</c>, from its row version: the
/// single-record GET sends it, and PUT/PATCH require it back in <c>If-Match</c>.
/// </summary>
public static class RecordETag
{
    public static string For(Guid id, uint version) => $"\"{id}-{version}\"";

    /// <summary>Sets the record's ETag; the ETag middleware then leaves the response alone.</summary>
    public static void Set(HttpContext context, Guid id, uint version) => context.Response.Headers.ETag = For(id, version);

    /// <summary>
    /// Checks <c>If-Match</c> against the record: missing → 428, no match → 412 (strong
    /// comparison: a weak tag never matches), <c>*</c> matches any existing record.
    /// </summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? CheckIfMatch(HttpRequest request, Guid id, uint version)
    {
        if (!request.Headers.ContainsKey(HeaderNames.IfMatch))
            return Problems.Result(StatusCodes.Status428PreconditionRequired, "If-Match is required.",
                "Send the record's ETag (from GET) in If-Match, so that changes made since you read it are not overwritten.");
        var current = For(id, version);
        var tags = request.GetTypedHeaders().IfMatch;
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || (!t.IsWeak && t.Tag.ToString() == current)))
            return null;
        return Problems.Result(StatusCodes.Status412PreconditionFailed, "The record has changed.",
            "If-Match does not match the record's current ETag: it was changed since you read it. Fetch it again and reapply your change.");
    }
}
