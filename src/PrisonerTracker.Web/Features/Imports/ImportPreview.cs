using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>What a row will do: create a person (or, in an events file, an event), add events to a person already on record, only match one, nothing (imported before), or nothing because it is rejected.</summary>
public enum RowOutcome { Create, Update, Match, AlreadyImported, Reject }

/// <summary>Why a row is rejected: the column as the file names it, a stable code, and a message. Restricted values are never quoted.</summary>
public sealed record RowProblem(string Column, string Code, string Message);

/// <summary>The person on record a row was matched to, and by what: <c>id</c>, <c>nationalId</c> or <c>name</c>.</summary>
public sealed record MatchedPerson(Guid Id, string Name, string By);

/// <summary>A fact a row records (or would record): its kind, its date as ISO text, its facility.</summary>
public sealed record RowFact(EventKind Kind, string Date, string? Facility);

/// <param name="Row">The spreadsheet row: the header is row 1, as Excel numbers it.</param>
/// <param name="Name">The row's name cell (never its national ID).</param>
public sealed record RowPreview(int Row, RowOutcome Outcome, string? Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MatchedPerson? Match,
    IReadOnlyList<RowFact> Facts, IReadOnlyList<RowProblem> Problems);

public sealed record ImportCounts(int Rows, int Create, int Update, int Match, int AlreadyImported, int Reject, int PeopleCreated, int EventsCreated);

/// <summary>
/// The dry run (or, with <see cref="Committed"/>, the result) of one file: how it was read (encoding,
/// separator, date format and why), which headers became which columns, and every row's outcome.
/// </summary>
/// <param name="DateFormatReason">"iso", "chosen", or the first date that can be read only one way.</param>
public sealed record ImportPreview(
    ImportKind Kind, string FileName, string Sha256, string Encoding, string Delimiter, DateFormat DateFormat, string DateFormatReason,
    IReadOnlyDictionary<string, string> Columns, IReadOnlyList<string> IgnoredColumns, ImportCounts Counts,
    IReadOnlyList<RowPreview> Rows, bool Committed)
{
    public bool HasRejections => Counts.Reject > 0;

    public static ImportCounts Count(IReadOnlyList<RowPreview> rows, int peopleCreated, int eventsCreated) => new(
        rows.Count, rows.Count(r => r.Outcome == RowOutcome.Create), rows.Count(r => r.Outcome == RowOutcome.Update),
        rows.Count(r => r.Outcome == RowOutcome.Match), rows.Count(r => r.Outcome == RowOutcome.AlreadyImported),
        rows.Count(r => r.Outcome == RowOutcome.Reject), peopleCreated, eventsCreated);
}
