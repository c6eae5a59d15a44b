using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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

    public IQueryable<VerificationEvent> KnownEvents => KnownAt is { } t ? AsKnownAt(Events, "verification_events_known_at", t) : Events;

    /// <summary>People as known then; anyone withheld now reads as withheld then too.</summary>
    public IQueryable<Detainee> KnownDetainees => KnownAt is { } t ? AsKnownAt(Detainees, "detainees_known_at", t) : Detainees;

    public IQueryable<Announcement> KnownAnnouncements => KnownAt is { } t ? AsKnownAt(Announcements, "announcements_known_at", t) : Announcements;

    /// <summary>
    /// The set read from its <c>*_known_at</c> function. The function returns the table's columns; EF
    /// also wants xmin (the concurrency token, not a column), and reads a complex property from a
    /// FromSql query under its default names (Number_Low), not the configured ones (claimed_low), so
    /// both are added from the model: a column added later is covered without changes here.
    /// </summary>
    private IQueryable<T> AsKnownAt<T>(DbSet<T> set, string function, DateTimeOffset instant) where T : class
    {
        var entity = Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var aliases = entity.GetComplexProperties()
            .SelectMany(complex => complex.ComplexType.GetProperties()
                .Select(p => $", {p.GetColumnName(table)} AS \"{complex.Name}_{p.Name}\""));
        // Names from the model and this class only; the instant is a parameter.
        var sql = $"SELECT *{string.Concat(aliases)}, '0'::xid AS xmin FROM {function}(@knownAt)";
        return set.FromSqlRaw(sql, new Npgsql.NpgsqlParameter("knownAt", instant));
    }
}
