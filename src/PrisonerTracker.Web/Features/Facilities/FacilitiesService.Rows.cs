using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Privacy;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Features.Facilities;

public sealed partial class FacilitiesService
{
    /// <summary>Held, whereabouts unknown, and released from there (the last facility before the release), named people only.</summary>
    private async Task<FacilityCounts> CountsAsync(Guid id, DateOnly asOf, Confidence threshold, bool exact, CancellationToken ct)
    {
        var counted = Enum.GetValues<Confidence>().Where(c => c >= threshold).ToArray();
        var here = db.StatusOn(asOf, threshold, Population.Named).Where(s => s.FacilityId == id);
        var held = await here.CountAsync(s => s.Status == DetaineeStatus.Held, ct);
        var unknown = await here.CountAsync(s => s.Status == DetaineeStatus.WhereaboutsUnknown, ct);
        // Only people with a counted event here can have been released from here: starting from them
        // keeps the cost to this facility's people instead of every released person's history.
        var released = await db.StatusOn(asOf, threshold, Population.Named)
            .Where(s => s.Status == DetaineeStatus.ReleasedConditional || s.Status == DetaineeStatus.ReleasedFull)
            .Where(s => db.KnownEvents.Any(e => e.DetaineeId == s.DetaineeId && e.FacilityId == id && e.EventDate <= asOf
                && e.ReviewState == ReviewState.Approved && counted.Contains(e.Confidence)))
            .CountAsync(s => db.KnownEvents
                .Where(e => e.DetaineeId == s.DetaineeId && e.FacilityId != null && e.EventDate <= asOf
                    && e.ReviewState == ReviewState.Approved && counted.Contains(e.Confidence))
                .OrderByDescending(e => e.EventDate).ThenByDescending(e => e.EnteredAt).ThenByDescending(e => e.Id)
                .Select(e => e.FacilityId).FirstOrDefault() == id, ct);
        return new FacilityCounts(CountCell.Of(held, exact), CountCell.Of(unknown, exact), CountCell.Of(released, exact));
    }

    private IQueryable<FacilityRecord> Rows(FacilityListQuery q)
    {
        var facilities = db.Facilities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Region)) facilities = facilities.Where(f => f.Region != null && f.Region.ToLower() == q.Region.Trim().ToLower());
        if (q.Kind is { } kind) facilities = facilities.Where(f => f.Kind == kind.Value);
        if (q.Open is { } open) facilities = facilities.Where(f => f.IsOpen == open);
        return facilities.Select(f => new FacilityRecord
        {
            Id = f.Id, Name = f.Name, Kind = f.Kind, Operator = f.Operator, Region = f.Region, City = f.City,
            Latitude = f.Latitude, Longitude = f.Longitude, IsOpen = f.IsOpen,
            ReportedPopulationLow = f.ReportedPopulationLow, ReportedPopulationHigh = f.ReportedPopulationHigh, UpdatedAt = f.UpdatedAt,
            Version = f.Version,
        });
    }

    private static FacilityRecord WithLinks(FacilityRecord item, Links links)
    {
        item.Url = links.Page($"facilities/{item.Id}");
        item.ApiUrl = links.Api($"facilities/{item.Id}");
        return item;
    }
}
