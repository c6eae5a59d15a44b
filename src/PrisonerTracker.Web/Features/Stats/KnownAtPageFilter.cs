using Microsoft.AspNetCore.Mvc.Filters;
using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>
/// Every page takes <c>?knownAt=</c>: the request's reads switch to the facts as known then, before
/// the page's handler runs. A link whose instant cannot be used (unreadable, or in the future) shows
/// the current figures and says so (<see cref="Refused"/>). <see cref="ComputedAt"/> is what
/// permalinks and "cite this" carry, so that opening them later shows the page as it was.
/// </summary>
public sealed class KnownAtPageFilter(TrackerDbContext db, TimeProvider clock) : IAsyncPageFilter
{
    private const string ComputedAtKey = "tracker.knownAt.computedAt";
    private const string RefusedKey = "tracker.knownAt.refused";

    public static DateTimeOffset ComputedAt(HttpContext context) =>
        context.Items[ComputedAtKey] is DateTimeOffset at ? at : DateTimeOffset.UtcNow;

    public static bool Refused(HttpContext context) => context.Items.ContainsKey(RefusedKey);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var now = clock.GetUtcNow();
        // Public pages only: the staff workspace always works on what is known now (and writes).
        if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && !http.Request.Path.StartsWithSegments("/workspace", StringComparison.OrdinalIgnoreCase)
            && http.Request.Query.TryGetValue(KnownAtInput.Name, out var values))
        {
            var query = new StatsQuery();
            var instant = query.KnownAt(values.ToString(), now);
            if (query.IsValid) db.ReadAsKnownAt(instant);
            else http.Items[RefusedKey] = true;
        }
        http.Items[ComputedAtKey] = db.KnownAt ?? now;
        await next();
    }
}
