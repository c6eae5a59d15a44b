using System.Security.Cryptography;
using System.Text;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>One row being planned: its problems, its person, what it adds, its fingerprint.</summary>
public sealed class RowPlan(ImportLine line)
{
    public ImportLine Line { get; } = line;
    public List<RowProblem> Problems { get; } = [];
    public List<RowFact> Facts { get; } = [];
    public MatchedPerson? Match { get; set; }
    public RowOutcome Outcome { get; set; } = RowOutcome.Create;
    public string? Fingerprint { get; set; }
    public Guid? DetaineeId { get; set; }
    public int EventsAdded { get; set; }

    public void Problem(string column, string code, string message) => Problems.Add(new RowProblem(column, code, message));

    public RowPreview ToPreview(string? name) => new(Line.Row, Problems.Count > 0 ? RowOutcome.Reject : Outcome, name, Match, Facts, Problems);
}

/// <summary>What every row of one import shares: the table, its date reading, who imports, when.</summary>
public sealed class ImportRun(TrackerDbContext db, ImportTable table, ImportDates dates, Viewer viewer, DateTimeOffset now)
{
    public TrackerDbContext Db { get; } = db;
    public ImportTable Table { get; } = table;
    public ImportDates Dates { get; } = dates;
    public Viewer Viewer { get; } = viewer;
    public DateTimeOffset Now { get; } = now;

    public string Header(ImportColumn column) => Table.HeaderOf(column);

    /// <summary>A date cell; a problem naming the column (and the value: dates are never restricted) when unreadable.</summary>
    public (DateOnly Date, DatePrecision Precision)? Date(RowPlan plan, ImportColumn column)
    {
        if (plan.Line[column] is not { } text) return null;
        if (Dates.Parse(text) is { } parsed) return parsed;
        plan.Problem(Header(column), "invalid-date", $"{Header(column)}: '{text}' is not a date written {Dates.Example} (or yyyy-mm-dd).");
        return null;
    }

    /// <summary>A vocabulary cell (status, kind, gender…); a problem listing the accepted words when not understood.</summary>
    public T? Word<T>(RowPlan plan, ImportColumn column, Dictionary<string, T> table) where T : struct
    {
        if (plan.Line[column] is not { } text) return null;
        if (ImportVocabulary.Find(table, text) is { } found) return found;
        plan.Problem(Header(column), "unknown-value", $"{Header(column)}: '{text}' is not one of: {ImportVocabulary.Accepted(table)}.");
        return null;
    }

    /// <summary>
    /// The same checks as a request entered by hand (<see cref="IValidatedRequest"/>), each error put on the
    /// column it came from. Messages name fields, never values.
    /// </summary>
    public void Validate(RowPlan plan, IValidatedRequest request, IReadOnlyDictionary<string, ImportColumn> fields)
    {
        var errors = new RequestErrors();
        request.Validate(errors);
        foreach (var (field, messages) in errors.ToDictionary())
        {
            var column = fields.FirstOrDefault(f => field.StartsWith(f.Key, StringComparison.Ordinal)).Value;
            var header = column is null ? field : Header(column);
            foreach (var message in messages) plan.Problem(header, "invalid", $"{header}: {message}");
        }
    }

    /// <summary>
    /// The row's meaning, keyed (the blind-index key) so that a national ID cannot be recovered from it
    /// by hashing guesses. Computed from the cells that say who and what happened, read as the import
    /// reads them (dates as dates, words as values, names folded): cell order, spacing, case, date
    /// notation and the file's encoding do not change it. Needs no database, so a whole file's
    /// fingerprints are looked up in one query.
    /// </summary>
    public string Fingerprint(ImportKind kind, ImportLine line)
    {
        var columns = kind == ImportKind.Detainees
            ? new[] { ImportColumns.Name, ImportColumns.NationalId, ImportColumns.ArrestDate, ImportColumns.Facility, ImportColumns.Status, ImportColumns.ReleaseDate }
            : [ImportColumns.PersonId, ImportColumns.NationalId, ImportColumns.Name, ImportColumns.Kind, ImportColumns.Date, ImportColumns.Facility, ImportColumns.SourceUrl];
        var parts = columns.Select(c => line[c] is not { } cell ? ""
            : c == ImportColumns.NationalId ? Infrastructure.Protection.FieldProtector.FoldNationalId(cell)
            : c == ImportColumns.ArrestDate || c == ImportColumns.ReleaseDate || c == ImportColumns.Date
                ? Dates.Parse(cell) is { } d ? d.Precision.Iso(d.Precision.Anchor(d.Date)) : cell
            : c == ImportColumns.Status ? ImportVocabulary.Find(ImportVocabulary.Statuses, cell)?.ToString() ?? NameSearch.Fold(cell)
            : c == ImportColumns.Kind ? ImportVocabulary.Find(ImportVocabulary.Kinds, cell)?.ToString() ?? NameSearch.Fold(cell)
            : NameSearch.Fold(cell));
        var canonical = kind + "\u001f" + string.Join('\u001f', parts);
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var protector = Db.Protector ?? throw new InvalidOperationException("No blind-index key.");
        return protector.BlindIndex(digest);
    }

    public EventDetails Details(DateOnly date, DatePrecision precision, Confidence confidence, Guid? facilityId,
        string? conditions, string? notes, IReadOnlyList<Domain.Sources.Source> sources) =>
        new(date, confidence, Viewer.Name!, facilityId, null, null, conditions, notes, sources, false, precision, Viewer.AuthorId);
}
