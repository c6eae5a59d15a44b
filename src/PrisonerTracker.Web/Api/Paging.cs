using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// A page of results: <c>items</c>, the opaque <c>nextCursor</c> (null on the last page) and the
/// filter's <c>total</c>. On the two large collections (detainees, events) the total is counted only
/// when the client asks (<c>includeTotal=true</c>): counting is a pass over every matching row, while a
/// page costs what it shows. There, without the parameter, <c>total</c> is left out.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] int? Total);

/// <summary>
/// Keyset position: the sort key of the last row returned and its id. Opaque to clients
/// (base64url JSON), stable under inserts: rows added before the position are not repeated.
/// </summary>
public sealed record Cursor(string Sort, string Key, Guid Id)
{
    /// <summary>
    /// Longest cursor accepted: one issued for the longest sort key (a 200-character name, up to 4
    /// bytes a character in UTF-8) is about 1,200 characters; anything longer was not issued by us.
    /// </summary>
    public const int MaxLength = 2048;

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static bool TryDecode(string? value, out Cursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(value)) return true;
        if (value.Length > MaxLength) return false;
        try
        {
            cursor = JsonSerializer.Deserialize<Cursor>(Base64Url.DecodeFromChars(value));
            return cursor is not null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return false;
        }
    }
}

public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>Adds an RFC 8288 <c>Link: &lt;…&gt;; rel="next"</c> header pointing at the same query with the next cursor.</summary>
    public static void AddNextLink(HttpContext context, string? nextCursor)
    {
        if (nextCursor is null) return;
        var query = context.Request.Query
            .Where(q => !q.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"cursor={Uri.EscapeDataString(nextCursor)}");
        var url = new StringBuilder().Append(context.Request.PathBase).Append(context.Request.Path).Append('?').AppendJoin('&', query);
        context.Response.Headers.Append("Link", $"<{url}>; rel=\"next\"");
    }
}
