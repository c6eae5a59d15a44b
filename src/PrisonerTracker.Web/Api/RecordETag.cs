using Microsoft.Net.Http.Headers;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// The strong ETag of one record, <c>"&lt;id&gt;-&lt;version&gt;"</c>, from its row version: write
/// responses send it, and PUT/PATCH require it back in <c>If-Match</c>. A single-record GET adds
/// the response's fingerprint, <c>"&lt;id&gt;-&lt;version&gt;.&lt;fingerprint&gt;"</c>: the same tag then
/// serves <c>If-Match</c> (the part before the dot) and <c>If-None-Match</c> (the fingerprint,
/// which changes with anything else the profile shows, such as a new event).
/// </summary>
public static class RecordETag
{
    public static string For(Guid id, uint version) => $"\"{id}-{version}\"";

    /// <summary>
    /// Sets the record's ETag, with the request's fingerprint when the ETag middleware computed one.
    /// Not for anonymous callers: a row version is a database-wide counter that moves with hidden
    /// edits; they get a tag of the body (<see cref="ContentETag"/>) and cannot write anyway.
    /// </summary>
    public static void Set(HttpContext context, Guid id, uint version)
    {
        if (!context.Viewer().IsStaff) return;
        context.Response.Headers.ETag = context.Items[ETagMiddleware.FingerprintKey] is string hash
            ? $"\"{id}-{version}.{hash}\""
            : For(id, version);
    }

    /// <summary>The fingerprint a tag carries: a list's whole tag, or the part after a record tag's dot.</summary>
    public static string Fingerprint(EntityTagHeaderValue tag) => Parts(tag).Fingerprint;

    private static string Record(EntityTagHeaderValue tag) => Parts(tag).Record;

    /// <summary><c>"&lt;record&gt;.&lt;fingerprint&gt;"</c>; a tag without a dot is both at once.</summary>
    private static (string Record, string Fingerprint) Parts(EntityTagHeaderValue tag)
    {
        var opaque = tag.Tag.ToString().Trim('"');
        var dot = opaque.IndexOf('.');
        return dot < 0 ? (opaque, opaque) : (opaque[..dot], opaque[(dot + 1)..]);
    }

    /// <summary>
    /// Checks <c>If-Match</c> against the record: missing → 428, no match → 412 (strong
    /// comparison: a weak tag never matches), <c>*</c> matches any existing record.
    /// </summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? CheckIfMatch(HttpRequest request, Guid id, uint version)
    {
        if (!request.Headers.ContainsKey(HeaderNames.IfMatch))
            return Problems.Result(StatusCodes.Status428PreconditionRequired, "If-Match is required.",
                "Send the record's ETag (from GET) in If-Match, so that changes made since you read it are not overwritten.");
        var current = $"{id}-{version}";
        var tags = request.GetTypedHeaders().IfMatch;
        // A proxy that compresses may weaken the tag (W/"…"); its record part is still an exact row version.
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || Record(t) == current))
            return null;
        if (tags.Count > 0 && tags.All(t => t.IsWeak))
            return Problems.Result(StatusCodes.Status412PreconditionFailed, "If-Match needs the record's strong ETag.",
                "A weak ETag (W/\"…\", from a list) cannot show that the record is unchanged. Send the ETag of the record's own GET or of your last write.");
        return Problems.Result(StatusCodes.Status412PreconditionFailed, "The record has changed.",
            "If-Match does not match the record's current ETag: it was changed since you read it. Fetch it again and reapply your change.");
    }
}
