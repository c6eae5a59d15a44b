using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Protection;
using PrisonerTracker.Web.Api.Writes;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Access;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>Creates, corrects and deletes people. Requests arrive validated; domain rules raise 422.</summary>
public sealed class DetaineeWriteService(TrackerDbContext db, TimeProvider clock)
{
    /// <summary>The person is recorded by the caller's organisation, whose staff alone (with admins) hold their restricted fields.</summary>
    public async Task<Detainee> CreateAsync(DetaineeRequest request, Viewer viewer, CancellationToken ct)
    {
        var detainee = new Detainee(request.ToDetails(), viewer.OrganisationId);
        CheckMayWrite(detainee, request, viewer);
        await CheckNationalIdIsNewAsync(detainee.Id, request, ct);
        ApplySensitive(detainee, request, viewer);
        db.Detainees.Add(detainee);
        await db.SaveChangesAsync(ct);
        return detainee;
    }

    /// <summary>The tracked record, for a change guarded by If-Match; null when unknown or deleted.</summary>
    public Task<Detainee?> FindAsync(Guid id, CancellationToken ct) => db.Detainees.SingleOrDefaultAsync(d => d.Id == id, ct);

    public async Task ReplaceAsync(Detainee detainee, DetaineeRequest request, Viewer viewer, CancellationToken ct)
    {
        CheckMayWrite(detainee, request, viewer);
        await CheckNationalIdIsNewAsync(detainee.Id, request, ct);
        detainee.Describe(request.ToDetails());
        ApplySensitive(detainee, request, viewer);
        // Restricted fields live in another table: mark the person changed so its version (ETag) moves too.
        db.Entry(detainee).Property(d => d.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A second person's decision on a pending publication request; the requester cannot approve (422).</summary>
    public async Task DecidePublicationAsync(Detainee detainee, ReviewDecision decision, Viewer viewer, CancellationToken ct)
    {
        if (decision == ReviewDecision.Approve) detainee.ApprovePublication(viewer.Name!, viewer.AuthorId);
        else detainee.RejectPublication(viewer.Name!);
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

    /// <summary>Checked before anything changes, so a refused request writes nothing.</summary>
    private static void CheckMayWrite(Detainee detainee, DetaineeRequest request, Viewer viewer)
    {
        if (request.Restricted is not null && !viewer.MaySeeRestricted(detainee.RecordingOrganisationId))
            throw new FieldAccessDeniedException("restricted",
                "Restricted fields can be written only by staff of the organisation that recorded this person, and by admins.");
    }

    /// <summary>
    /// One person, one record: a national ID already held by another (not deleted) person is refused
    /// (409). Compared by its keyed hash, since the stored value is encrypted with a random nonce.
    /// </summary>
    private async Task CheckNationalIdIsNewAsync(Guid id, DetaineeRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Restricted?.NationalId)) return;
        var index = (db.Protector ?? throw new InvalidOperationException("No encryption key.")).BlindIndex(request.Restricted.NationalId);
        if (await db.Detainees.AnyAsync(d => d.Id != id && EF.Property<string>(d.Restricted, ProtectedColumns.NationalIdIndex) == index, ct))
            throw new ConflictException("restricted.nationalId: another person is already recorded with this national ID.");
    }

    private void ApplySensitive(Detainee detainee, DetaineeRequest request, Viewer viewer)
    {
        if (request.Restricted is { } restricted) detainee.SetRestrictedDetails(restricted.ToDetails());
        if (request.Withheld is true) detainee.Withhold();
        // Never publishes by itself: a withheld person waits for a second person's approval.
        if (request.Withheld is false) detainee.RequestPublication(viewer.Name!, clock.GetUtcNow(), viewer.AuthorId);
    }
}
