using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api.Writes;

namespace PrisonerTracker.Web.Features.Organisations;

/// <summary>Creates, corrects and deletes organisations. Names are unique.</summary>
public sealed class OrganisationWriteService(TrackerDbContext db, TimeProvider clock)
{
    public async Task<Organisation> CreateAsync(OrganisationRequest request, CancellationToken ct)
    {
        await CheckNameFreeAsync(request.Name!, null, ct);
        var organisation = new Organisation(request.Name!, request.Kind!.Value, request.Country, request.Website);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    public Task<Organisation?> FindAsync(Guid id, CancellationToken ct) => db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);

    public async Task ReplaceAsync(Organisation organisation, OrganisationRequest request, CancellationToken ct)
    {
        await CheckNameFreeAsync(request.Name!, organisation.Id, ct);
        organisation.Update(request.Name!, request.Kind!.Value, request.Country, request.Website);
        db.Entry(organisation).Property(o => o.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Only an organisation nothing refers to can go: events, announcements, live API keys and the
    /// people it recorded (whose restricted fields are its staff's) keep it.
    /// </summary>
    public async Task DeleteAsync(Organisation organisation, CancellationToken ct)
    {
        var id = organisation.Id;
        if (await db.Events.AnyAsync(e => e.ReportingOrganisationId == id, ct)
            || await db.Announcements.AnyAsync(a => a.OrganisationId == id, ct)
            || await db.ApiKeys.AnyAsync(k => k.OrganisationId == id && k.RevokedAt == null, ct)
            || await db.Detainees.IgnoreQueryFilters().AnyAsync(d => d.RecordingOrganisationId == id, ct))
            throw new ConflictException("Events, announcements, API keys or recorded people refer to this organisation; it cannot be deleted.");
        organisation.MarkDeleted(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task CheckNameFreeAsync(string name, Guid? self, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (await db.Organisations.AnyAsync(o => o.Name == trimmed && o.Id != self, ct))
            throw new ConflictException("Another organisation already has this name.");
    }
}
