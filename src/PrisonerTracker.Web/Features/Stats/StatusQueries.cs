using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.ReadModel;
using PrisonerTracker.Web.Features.Privacy;

namespace PrisonerTracker.Web.Features.Stats;

public static class StatusQueries
{
    /// <summary>
    /// The status on a date of everyone in <paramref name="population"/>, composable with further
    /// LINQ (joins, grouping, counts). The population has no default: every caller decides whether
    /// withheld people are in (docs/privacy.md). What is known now comes from the read model
    /// (<c>status_periods</c>, kept in the write transaction); when the context reads as known at an
    /// earlier instant (<see cref="TrackerDbContext.KnownAt"/>), the same rule runs over the events and
    /// people as they were then (Sql/04_detainee_status_periods.sql).
    /// </summary>
    public static IQueryable<StatusRow> StatusOn(this TrackerDbContext db, DateOnly asOf, Confidence threshold, Population population)
    {
        bool named = population != Population.Withheld, withheld = population != Population.Named;
        var min = threshold.ToString();
        if (db.KnownAt is { } knownAt)
            return db.Set<StatusRow>().FromSql($"""
                SELECT s.detainee_id, s.status, s.since, s.facility_id, s.unverified_kind, s.unverified_date
                FROM detainee_status_on({asOf}, {min}, {knownAt}) s
                JOIN detainees_known_at({knownAt}) p ON p.id = s.detainee_id AND p.deleted_at IS NULL
                WHERE (p.withheld AND {withheld}) OR (NOT p.withheld AND {named})
                """);
        // Everyone: no join with people at all. Callers join the rows to the people they list, which
        // leaves out the deleted, and the join would make PostgreSQL read every person for a page of 50.
        if (population == Population.Everyone)
            return db.Set<StatusRow>().FromSql($"""
                SELECT s.detainee_id, s.status, s.since, s.facility_id, s.unverified_kind, s.unverified_date
                FROM status_periods s
                WHERE s.threshold = {min} AND s.valid_from <= {asOf} AND (s.valid_to IS NULL OR s.valid_to > {asOf})
                """);
        return db.Set<StatusRow>().FromSql($"""
            SELECT s.detainee_id, s.status, s.since, s.facility_id, s.unverified_kind, s.unverified_date
            FROM status_periods s
            JOIN detainees p ON p.id = s.detainee_id AND p.deleted_at IS NULL
            WHERE s.threshold = {min} AND s.valid_from <= {asOf} AND (s.valid_to IS NULL OR s.valid_to > {asOf})
              AND ((p.withheld AND {withheld}) OR (NOT p.withheld AND {named}))
            """);
    }
}
