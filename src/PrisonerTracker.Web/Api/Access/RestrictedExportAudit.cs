using System.Runtime.CompilerServices;
using PrisonerTracker.Web.Features.Audit;

namespace PrisonerTracker.Web.Api.Access;

/// <summary>
/// Records every response that carries restricted fields of more than one person (an admin's
/// detainee list or CSV) in the audit log: who (the principal), from where, when, and how many
/// rows. Never the values, nor the filter (a name search can be in it).
/// </summary>
public static class RestrictedExportAudit
{
    /// <summary>The one place an export of restricted fields is recorded.</summary>
    public static async Task RecordAsync(HttpContext context, string export, int rows)
    {
        if (rows == 0) return;
        // Recorded even when the client went away mid-download: what was sent was sent.
        await context.RequestServices.GetRequiredService<AuditService>().RecordExportAsync(export, rows, CancellationToken.None);
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
            await RecordAsync(context, export, count);
        }
    }
}
