namespace PrisonerTracker.Web.Api;

/// <summary>
/// Absolute addresses for permalinks (<c>url</c>: the public page a journalist can cite) and
/// API links (<c>apiUrl</c>), built from the request's scheme, host and path base.
/// </summary>
public sealed record Links(string Origin)
{
    public static Links From(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}");

    /// <summary>Site-relative addresses ("/announcements/…"), for callers without a request.</summary>
    public static Links Relative { get; } = new("");

    public string Page(string path) => Origin + "/" + path.TrimStart('/');
    public string Api(string path) => Origin + "/api/v1/" + path.TrimStart('/');
}
