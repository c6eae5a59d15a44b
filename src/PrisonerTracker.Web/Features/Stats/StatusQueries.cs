using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>One row of the SQL function <c>detainee_status_on</c> (the status rules, run by PostgreSQL).</summary>
public sealed class StatusRow
{
    public Guid DetaineeId { get; init; }
    public string Status { get; init; } = "";
    public DateOnly? Since { get; init; }
    public Guid? FacilityId { get; init; }
    public Guid? UnverifiedEventId { get; init; }
    public string? UnverifiedKind { get; init; }
    public DateOnly? UnverifiedDate { get; init; }
}

public static class StatusQueries
{
    /// <summary>
/// Everyone's status on a date, composable with further LINQ (joins, grouping, counts).
/// Column names are snake_case: the naming convention applies to <see cref="StatusRow"/> too.
/// </summary>
    public static IQueryable<StatusRow> StatusOn(this TrackerDbContext db, DateOnly asOf, Confidence threshold = Confidence.Verified) =>
        db.Database.SqlQuery<StatusRow>($"""
            SELECT detainee_id, status, since, facility_id, unverified_event_id, unverified_kind, unverified_date
            FROM detainee_status_on({asOf}, {threshold.ToString()})
            """);
}
