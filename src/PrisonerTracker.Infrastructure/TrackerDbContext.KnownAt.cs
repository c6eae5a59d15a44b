using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Infrastructure;

/// <summary>
/// Reading as known at an instant (<c>knownAt</c>): a figure cited on a day can be reproduced later.
/// The records public figures are computed from (people, events, announcements) are read as they
/// were then, from their kept versions (Sql/02_record_versions.sql, Sql/03_known_at.sql); without
/// an instant the same properties are the tables themselves. Read paths use these, never the sets.
/// </summary>
public sealed partial class TrackerDbContext
{
    /// <summary>The instant this context reads as of; null reads what is known now.</summary>
    public DateTimeOffset? KnownAt { get; private set; }

    /// <summary>Read everything as it was known at <paramref name="instant"/> (a context so set refuses to write).</summary>
    public void ReadAsKnownAt(DateTimeOffset? instant) => KnownAt = instant;

    // The functions return the table's columns; xmin (the concurrency token) is not one of them.
    public IQueryable<VerificationEvent> KnownEvents => KnownAt is { } t
        ? Events.FromSql($"SELECT *, '0'::xid AS xmin FROM verification_events_known_at({t})")
        : Events;

    /// <summary>People as known then; anyone withheld now reads as withheld then too.</summary>
    public IQueryable<Detainee> KnownDetainees => KnownAt is { } t
        ? Detainees.FromSql($"""
            SELECT *, pending_publication_requested_at AS "PendingPublication_RequestedAt",
                   pending_publication_requested_by AS "PendingPublication_RequestedBy", '0'::xid AS xmin
            FROM detainees_known_at({t})
            """)
        : Detainees;

    public IQueryable<Announcement> KnownAnnouncements => KnownAt is { } t
        // EF reads a complex property from a FromSql query under its default column names, not the configured ones.
        ? Announcements.FromSql($"""
            SELECT *, claimed_low AS "Number_Low", claimed_high AS "Number_High", number_qualifier AS "Number_Qualifier",
                   '0'::xid AS xmin
            FROM announcements_known_at({t})
            """)
        : Announcements;
}
