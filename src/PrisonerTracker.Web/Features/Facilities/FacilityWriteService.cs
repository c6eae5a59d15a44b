using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api.Writes;

namespace PrisonerTracker.Web.Features.Facilities;

/// <summary>Creates, corrects and deletes detention sites.</summary>
public sealed class FacilityWriteService(TrackerDbContext db, TimeProvider clock)
{
    public async Task<Facility> CreateAsync(FacilityRequest request, CancellationToken ct)
    {
        var facility = new Facility(request.Name!, request.Kind!.Value, request.Region, request.City);
        request.ApplyTo(facility);
        db.Facilities.Add(facility);
        await db.SaveChangesAsync(ct);
        return facility;
    }

    public Task<Facility?> FindAsync(Guid id, CancellationToken ct) => db.Facilities.SingleOrDefaultAsync(f => f.Id == id, ct);

    public async Task ReplaceAsync(Facility facility, FacilityRequest request, CancellationToken ct)
    {
        request.ApplyTo(facility);
        db.Entry(facility).Property(f => f.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Only a facility no event names can go: history must keep pointing somewhere.</summary>
    public async Task DeleteAsync(Facility facility, CancellationToken ct)
    {
        if (await db.Events.AnyAsync(e => e.FacilityId == facility.Id, ct))
            throw new ConflictException("Events name this facility; it cannot be deleted. Mark it closed instead.");
        facility.MarkDeleted(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }
}
