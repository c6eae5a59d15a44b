using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>Creates, corrects and deletes people. Requests arrive validated; domain rules raise 422.</summary>
public sealed class DetaineeWriteService(TrackerDbContext db, TimeProvider clock)
{
    public async Task<Detainee> CreateAsync(DetaineeRequest request, CancellationToken ct)
    {
        var detainee = new Detainee(request.ToDetails());
        ApplySensitive(detainee, request);
        db.Detainees.Add(detainee);
        await db.SaveChangesAsync(ct);
        return detainee;
    }

    /// <summary>The tracked record, for a change guarded by If-Match; null when unknown or deleted.</summary>
    public Task<Detainee?> FindAsync(Guid id, CancellationToken ct) => db.Detainees.SingleOrDefaultAsync(d => d.Id == id, ct);

    public async Task ReplaceAsync(Detainee detainee, DetaineeRequest request, CancellationToken ct)
    {
        detainee.Describe(request.ToDetails());
        ApplySensitive(detainee, request);
        // Restricted fields live in another table: mark the person changed so its version (ETag) moves too.
        db.Entry(detainee).Property(d => d.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Soft delete of the person and their events; both appear in the deletions feed.</summary>
    public async Task DeleteAsync(Detainee detainee, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var recorded in await db.Events.Where(e => e.DetaineeId == detainee.Id).ToListAsync(ct)) recorded.MarkDeleted(now);
        detainee.MarkDeleted(now);
        await db.SaveChangesAsync(ct);
    }

    private static void ApplySensitive(Detainee detainee, DetaineeRequest request)
    {
        if (request.Restricted is { } restricted) detainee.SetRestrictedDetails(restricted.ToDetails());
        if (request.Withheld is true) detainee.Withhold();
        if (request.Withheld is false) detainee.Publish();
    }
}
