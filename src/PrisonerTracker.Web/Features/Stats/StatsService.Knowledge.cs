using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Privacy;

namespace PrisonerTracker.Web.Features.Stats;

public sealed partial class StatsService
{
    /// <summary>
    /// Read every figure of this request as known at <paramref name="instant"/> (null: now). The
    /// context is shared by the request's services, so pages and endpoints set it once.
    /// </summary>
    public void ReadAsKnownAt(DateTimeOffset? instant) => db.ReadAsKnownAt(instant);

    /// <summary>
    /// A list or record read's <c>knownAt</c>, already parsed as an instant: read as known then, or, when
    /// it is in the future, add the error naming the field to <paramref name="errors"/> and return false.
    /// </summary>
    public bool TryReadAsKnownAt(DateTimeOffset? instant, IDictionary<string, string[]> errors)
    {
        if (instant > Now)
        {
            errors[KnownAtInput.Name] = [KnownAtInput.FutureMessage];
            return false;
        }
        db.ReadAsKnownAt(instant);
        return true;
    }

    /// <summary>
    /// How many public facts changed after <paramref name="knownAt"/>: approved events of named people
    /// entered, reviewed, corrected or deleted since, named people edited since, announcements made,
    /// edited or deleted since. Public records only, so a hidden edit never moves it (docs/privacy.md).
    /// Counted on the current tables, whatever the context reads as.
    /// </summary>
    public async Task<int> ChangesSinceAsync(DateTimeOffset knownAt, CancellationToken ct)
    {
        var named = db.Detainees.In(Population.Named);
        var events = await db.Events.IgnoreQueryFilters()
            .CountAsync(e => e.UpdatedAt > knownAt && e.ReviewState == ReviewState.Approved && named.Any(d => d.Id == e.DetaineeId), ct);
        var people = await named.CountAsync(d => d.UpdatedAt > knownAt, ct);
        var announcements = await db.Announcements.IgnoreQueryFilters().CountAsync(a => a.UpdatedAt > knownAt, ct);
        return events + people + announcements;
    }
}
