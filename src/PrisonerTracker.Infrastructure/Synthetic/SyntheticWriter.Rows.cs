using Npgsql;
using NpgsqlTypes;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Domain.Sources;

namespace PrisonerTracker.Infrastructure.Synthetic;

internal static partial class SyntheticWriter
{
    private static readonly string[] FacilityColumns =
    [
        "id", "name", "kind", "operator", "region", "city", "latitude", "longitude", "is_open",
        "reported_population_low", "reported_population_high", "created_at", "updated_at",
    ];

    private static void WriteFacility(NpgsqlBinaryImporter w, SyntheticRow<Facility> row)
    {
        var f = row.Entity;
        w.Write(row.Id, NpgsqlDbType.Uuid);
        w.Write(f.Name, NpgsqlDbType.Varchar);
        w.Write(f.Kind.ToString(), NpgsqlDbType.Varchar);
        w.Text(f.Operator);
        w.Text(f.Region);
        w.Text(f.City);
        w.Value(f.Latitude, NpgsqlDbType.Double);
        w.Value(f.Longitude, NpgsqlDbType.Double);
        w.Write(f.IsOpen, NpgsqlDbType.Boolean);
        w.Value(f.ReportedPopulationLow, NpgsqlDbType.Integer);
        w.Value(f.ReportedPopulationHigh, NpgsqlDbType.Integer);
        w.Stamps(row.CreatedAt, row.UpdatedAt);
    }

    private static readonly string[] SourceColumns =
        ["id", "url", "document_name", "publisher", "published_on", "language", "created_at", "updated_at"];

    private static void WriteSource(NpgsqlBinaryImporter w, SyntheticRow<Source> row)
    {
        var s = row.Entity;
        w.Write(row.Id, NpgsqlDbType.Uuid);
        w.Text(s.Url);
        w.Text(s.DocumentName);
        w.Text(s.Publisher);
        w.Value(s.PublishedOn, NpgsqlDbType.Date);
        w.Text(s.Language);
        w.Stamps(row.CreatedAt, row.UpdatedAt);
    }

    private static readonly string[] OrganisationColumns = ["id", "name", "kind", "country", "website", "created_at", "updated_at"];

    private static void WriteOrganisation(NpgsqlBinaryImporter w, SyntheticRow<Organisation> row)
    {
        var o = row.Entity;
        w.Write(row.Id, NpgsqlDbType.Uuid);
        w.Write(o.Name, NpgsqlDbType.Varchar);
        w.Write(o.Kind.ToString(), NpgsqlDbType.Varchar);
        w.Text(o.Country);
        w.Text(o.Website);
        w.Stamps(row.CreatedAt, row.UpdatedAt);
    }

    private static readonly string[] AnnouncementColumns =
    [
        "id", "speaker", "speaker_office", "organisation_id", "date", "claim", "scope", "window_from", "window_to", "quote",
        "quote_language", "quote_translation", "number_qualifier", "claimed_low", "claimed_high", "role", "partial", "created_at", "updated_at",
    ];

    private static void WriteAnnouncement(NpgsqlBinaryImporter w, SyntheticAnnouncement announcement)
    {
        var (row, a) = (announcement.Row, announcement.Row.Entity);
        w.Write(row.Id, NpgsqlDbType.Uuid);
        w.Write(a.Speaker, NpgsqlDbType.Varchar);
        w.Text(a.SpeakerOffice);
        w.Write(a.OrganisationId, NpgsqlDbType.Uuid);
        w.Write(a.Date, NpgsqlDbType.Date);
        w.Write(a.Claim.ToString(), NpgsqlDbType.Varchar);
        w.Write(a.Scope, NpgsqlDbType.Varchar);
        w.Value(a.WindowFrom, NpgsqlDbType.Date);
        w.Value(a.WindowTo, NpgsqlDbType.Date);
        w.Text(a.Quote);
        w.Text(a.QuoteLanguage);
        w.Text(a.QuoteTranslation);
        w.Write(a.Number.Qualifier.ToString(), NpgsqlDbType.Varchar);
        w.Value(a.Number.Low, NpgsqlDbType.Integer);
        w.Value(a.Number.High, NpgsqlDbType.Integer);
        // Synthetic tallies carry no breakdown: the column keeps its default (none).
        w.Write(a.Role.ToString(), NpgsqlDbType.Varchar);
        w.Write(a.Partial, NpgsqlDbType.Boolean);
        w.Stamps(row.CreatedAt, row.UpdatedAt);
    }

    private static readonly string[] EventColumns =
    [
        "id", "detainee_id", "kind", "event_date", "date_approximate", "facility_id", "reporting_organisation_id",
        "announcement_id", "confidence", "conditions", "notes", "entered_by", "entered_at", "reviewed_by", "reviewed_at",
        "review_state", "created_at", "updated_at",
    ];

    private static void WriteEvent(NpgsqlBinaryImporter w, SyntheticEvent row)
    {
        var e = row.Entity;
        w.Write(row.Id, NpgsqlDbType.Uuid);
        w.Write(row.DetaineeId, NpgsqlDbType.Uuid);
        w.Write(e.Kind.ToString(), NpgsqlDbType.Varchar);
        w.Write(e.EventDate, NpgsqlDbType.Date);
        w.Write(e.DateApproximate, NpgsqlDbType.Boolean);
        w.Value(e.FacilityId, NpgsqlDbType.Uuid);
        w.Value(e.ReportingOrganisationId, NpgsqlDbType.Uuid);
        w.Value(e.AnnouncementId, NpgsqlDbType.Uuid);
        w.Write(e.Confidence.ToString(), NpgsqlDbType.Varchar);
        w.Text(e.Conditions);
        w.Text(e.Notes);
        w.Write(e.EnteredBy, NpgsqlDbType.Varchar);
        w.Write(e.EnteredAt, NpgsqlDbType.TimestampTz);
        w.Text(e.ReviewedBy);
        w.Value(e.ReviewedAt, NpgsqlDbType.TimestampTz);
        w.Write(e.ReviewState.ToString(), NpgsqlDbType.Varchar);
        w.Stamps(row.CreatedAt, row.UpdatedAt);
    }
}
