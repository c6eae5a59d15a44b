using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Features.Privacy;

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
    /// The status on a date of everyone in <paramref name="population"/>, composable with further
    /// LINQ (joins, grouping, counts). The population has no default: every caller decides whether
    /// withheld people are in (docs/privacy.md). Column names are snake_case, as the naming
    /// convention maps <see cref="StatusRow"/>.
    /// </summary>
    public static IQueryable<StatusRow> StatusOn(this TrackerDbContext db, DateOnly asOf, Confidence threshold, Population population)
    {
        bool named = population != Population.Withheld, withheld = population != Population.Named;
        return db.Database.SqlQuery<StatusRow>($"""
            SELECT s.detainee_id, s.status, s.since, s.facility_id, s.unverified_event_id, s.unverified_kind, s.unverified_date
            FROM detainee_status_on({asOf}, {threshold.ToString()}) s
            JOIN detainees p ON p.id = s.detainee_id
            WHERE (p.withheld AND {withheld}) OR (NOT p.withheld AND {named})
            """);
    }
}
