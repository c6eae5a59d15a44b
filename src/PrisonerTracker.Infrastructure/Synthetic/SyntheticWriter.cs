using Npgsql;
using NpgsqlTypes;
using PrisonerTracker.Domain.Detainees;

using PrisonerTracker.Infrastructure.Protection;

namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>
/// Writes a dataset with binary COPY, table by table in foreign-key order, on the caller's
/// connection and transaction. Columns are those of the migrations: enums as their names,
/// <c>search_text</c> (generated) and <c>xmin</c> (system) left to PostgreSQL.
/// </summary>
internal static partial class SyntheticWriter
{
    private static readonly string[] Tables =
    [
        "facilities", "sources", "detainees", "detainee_restricted_details", "organisations", "announcements",
        "announcement_sources", "announcement_detainees", "verification_events", "event_sources",
    ];

    public static async Task WriteAsync(NpgsqlConnection connection, SyntheticDataset data, FieldProtector protector, CancellationToken ct)
    {
        var bulk = await SyntheticBulkLoad.SuspendAsync(connection, Tables, ct);
        await Copy(connection, "facilities", FacilityColumns, data.Facilities, WriteFacility, ct);
        await Copy(connection, "sources", SourceColumns, [data.Source], WriteSource, ct);
        await Copy(connection, "detainees", DetaineeColumns, data.Detainees, WriteDetainee, ct);
        await Copy(connection, "detainee_restricted_details", RestrictedColumns, data.Detainees, (w, row) => WriteRestricted(w, row, protector), ct);
        await Copy(connection, "organisations", OrganisationColumns, data.Organisations, WriteOrganisation, ct);
        await Copy(connection, "announcements", AnnouncementColumns, data.Announcements, WriteAnnouncement, ct);
        await Copy(connection, "announcement_sources", ["announcement_id", "sources_id"],
            data.Announcements.Select(a => (a.Row.Id, data.Source.Id)), WritePair, ct);
        await Copy(connection, "announcement_detainees", ["announcement_id", "named_detainees_id"],
            data.Announcements.SelectMany(a => a.NamedDetaineeIds.Select(d => (a.Row.Id, d))), WritePair, ct);
        await Copy(connection, "verification_events", EventColumns, data.Events, WriteEvent, ct);
        await Copy(connection, "event_sources", ["sources_id", "verification_event_id"],
            data.Events.Select(e => (data.Source.Id, e.Id)), WritePair, ct);
        await bulk.RestoreAsync(connection, ct);
    }

    private static async Task Copy<T>(NpgsqlConnection connection, string table, string[] columns, IEnumerable<T> rows,
        Action<NpgsqlBinaryImporter, T> write, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            write(importer, row);
        }
        await importer.CompleteAsync(ct);
    }

    private static readonly string[] DetaineeColumns =
    [
        "id", "name", "name_variants", "gender", "minor_at_arrest", "nationalities", "service", "occupation", "region",
        "arresting_agency", "charges", "sentence", "release_conditions", "withheld", "recording_organisation_id", "created_at", "updated_at",
    ];

    private static void WriteDetainee(NpgsqlBinaryImporter w, SyntheticRow<Detainee> row)
    {
        var d = row.Entity;
        w.Write(row.Id, NpgsqlDbType.Uuid);
        w.Write(d.Name, NpgsqlDbType.Varchar);
        w.Write(d.NameVariants.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(d.Gender.ToString(), NpgsqlDbType.Varchar);
        w.Write(d.MinorAtArrest, NpgsqlDbType.Boolean);
        w.Write(d.Nationalities.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(d.Service.ToString(), NpgsqlDbType.Varchar);
        w.Text(d.Occupation);
        w.Text(d.Region);
        w.Text(d.ArrestingAgency);
        w.Text(d.Charges);
        w.Text(d.Sentence);
        w.Text(d.ReleaseConditions);
        w.Write(d.Withheld, NpgsqlDbType.Boolean);
        w.Value(d.RecordingOrganisationId, NpgsqlDbType.Uuid);
        w.Stamps(row.CreatedAt, row.UpdatedAt);
    }

    private static readonly string[] RestrictedColumns = ["id", "national_id", "family_contact", "health_notes", "private_notes", "national_id_index"];

    /// <summary>Every person gets a row, empty or not, as EF Core writes a required owned type; encrypted as EF Core would.</summary>
    private static void WriteRestricted(NpgsqlBinaryImporter w, SyntheticRow<Detainee> row, FieldProtector protector)
    {
        var r = row.Entity.Restricted;
        w.Write(row.Id, NpgsqlDbType.Uuid);
        w.Text(r.NationalId is null ? null : protector.Protect(r.NationalId));
        w.Text(r.FamilyContact is null ? null : protector.Protect(r.FamilyContact));
        w.Text(r.HealthNotes is null ? null : protector.Protect(r.HealthNotes));
        w.Text(r.PrivateNotes is null ? null : protector.Protect(r.PrivateNotes));
        w.Text(r.NationalId is null ? null : protector.BlindIndex(r.NationalId));
    }

    private static void WritePair(NpgsqlBinaryImporter w, (Guid First, Guid Second) pair)
    {
        w.Write(pair.First, NpgsqlDbType.Uuid);
        w.Write(pair.Second, NpgsqlDbType.Uuid);
    }

    private static void Text(this NpgsqlBinaryImporter w, string? value)
    {
        if (value is null) w.WriteNull();
        else w.Write(value, NpgsqlDbType.Varchar);
    }

    private static void Value<T>(this NpgsqlBinaryImporter w, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v) w.Write(v, type);
        else w.WriteNull();
    }

    /// <summary>created_at and updated_at, the last columns written to every entity table (deleted_at stays null).</summary>
    private static void Stamps(this NpgsqlBinaryImporter w, DateTimeOffset created, DateTimeOffset updated)
    {
        w.Write(created, NpgsqlDbType.TimestampTz);
        w.Write(updated, NpgsqlDbType.TimestampTz);
    }
}
