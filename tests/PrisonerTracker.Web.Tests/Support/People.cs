using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Tests.Support;

/// <summary>Test fixtures created through the domain API, as staff would enter them.</summary>
public static class People
{
    /// <summary>
    /// Adds a person arrested on <paramref name="arrested"/> (approved, verified), optionally withheld, with restricted
    /// fields, or recorded by an organisation (none by default: their restricted fields are then admins' only).
    /// </summary>
    public static async Task<Guid> AddAsync(this TrackerApp app, string name, DateOnly? arrested = null, Guid? facilityId = null,
        bool withheld = false, RestrictedDetails? restricted = null, string[]? nationalities = null, DateOnly? released = null,
        Guid? recordedBy = null)
    {
        await using var db = app.CreateDbContext();
        var person = new Detainee(new PersonalDetails(name, Nationalities: nationalities ?? ["VE"], Occupation: "Test fixture"), recordedBy);
        if (restricted is not null) person.SetRestrictedDetails(restricted);
        if (withheld) person.Withhold();
        var now = app.Clock.GetUtcNow();
        var arrest = person.RecordArrest(new EventDetails(arrested ?? new DateOnly(2026, 1, 2), Confidence.Verified, "entry", facilityId), now);
        person.ReviewEvent(arrest.Id, "review", approve: true, now);
        if (released is { } date)
        {
            var release = person.RecordRelease(new EventDetails(date, Confidence.Verified, "entry", Conditions: "Reporting to court"), now);
            person.ReviewEvent(release.Id, "review", approve: true, now);
        }
        db.Detainees.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    public static async Task<Guid> FacilityIdAsync(this TrackerApp app, string name)
    {
        await using var db = app.CreateDbContext();
        return await db.Facilities.Where(f => f.Name == name).Select(f => f.Id).SingleAsync();
    }

    public static async Task<Guid> DetaineeIdAsync(this TrackerApp app, string name)
    {
        await using var db = app.CreateDbContext();
        return await db.Detainees.Where(d => d.Name == name).Select(d => d.Id).SingleAsync();
    }
}
