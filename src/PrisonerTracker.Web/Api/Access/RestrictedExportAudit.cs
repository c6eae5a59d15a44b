using System.Runtime.CompilerServices;

namespace PrisonerTracker.Web.Api.Access;

/// <summary>
/// Records every response that carries restricted fields of more than one person (an admin's
/// detainee list or CSV): who, with which key and role, of which organisation, when, and how
/// many rows. Never the values, nor the filter (a name search can be in it).
/// </summary>
public static partial class RestrictedExportAudit
{
    public const string Category = "PrisonerTracker.Security";

    /// <summary>
    /// The one place an export of restricted fields is recorded. There is no audit table yet, so
    /// this writes a structured security event to the log; the tamper-evident audit log will
    /// replace this method's body with a row in its table, and the callers stay as they are.
    /// </summary>
    public static void Record(HttpContext context, string export, int rows)
    {
        if (rows == 0) return;
        var viewer = context.Viewer();
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        Exported(logger, rows, export, viewer.Name, context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value,
            viewer.Role, viewer.OrganisationId, services.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    /// <summary>Passes a streamed export through, and records it with its row count when streaming ends, however it ends.</summary>
    public static async IAsyncEnumerable<T> Counted<T>(HttpContext context, string export, IAsyncEnumerable<T> rows,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var count = 0;
        try
        {
            await foreach (var row in rows.WithCancellation(ct))
            {
                count++;
                yield return row;
            }
        }
        finally
        {
            Record(context, export, count);
        }
    }

    // Warning, so that it survives a production log level that keeps only warnings and errors.
    [LoggerMessage(EventId = 9001, EventName = "RestrictedFieldsExported", Level = LogLevel.Warning,
        Message = "Restricted fields of {Rows} people exported in {Export} by {Actor} (API key {ApiKeyId}, {Role}) of organisation {OrganisationId} at {At:O}")]
    private static partial void Exported(ILogger logger, int rows, string export, string? actor, string? apiKeyId, StaffRole? role,
        Guid? organisationId, DateTimeOffset at);
}
