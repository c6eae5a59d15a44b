using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Events;
using C = PrisonerTracker.Web.Features.Imports.ImportColumns;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// An events file: one fact per row about a person already on record, found by id, else national ID,
/// else a name only one person has. Rows are applied in file order through the person's aggregate, so
/// a release after an arrest earlier in the same file is accepted, and one before any arrest is not.
/// </summary>
public sealed class EventRows(ImportRun run, ImportLookups lookups)
{
    private static readonly Dictionary<string, ImportColumn> Fields = new()
    {
        ["kind"] = C.Kind, ["date"] = C.Date, ["confidence"] = C.Confidence, ["conditions"] = C.Conditions,
        ["notes"] = C.Notes, ["sources"] = C.SourceUrl,
    };

    public RowPlan Plan(ImportLine line)
    {
        var plan = new RowPlan(line);
        var kind = run.Word(plan, C.Kind, ImportVocabulary.Kinds);
        var date = run.Date(plan, C.Date);
        var confidence = run.Word(plan, C.Confidence, ImportVocabulary.Confidences) ?? Confidence.Reported;
        (Guid Id, string Name)? facility = null;
        if (line[C.Facility] is { } facilityName && (facility = lookups.Facility(facilityName)) is null)
            plan.Problem(run.Header(C.Facility), "unknown-facility", $"{run.Header(C.Facility)}: there is no facility named '{facilityName}'.");
        var sources = line[C.SourceUrl] is { } url ? new SourceInput?[] { new(url) } : null;
        if (line[C.Kind] is null) plan.Problem(run.Header(C.Kind), "required", $"{run.Header(C.Kind)} is required.");
        if (line[C.Date] is null) plan.Problem(run.Header(C.Date), "required", $"{run.Header(C.Date)} is required.");
        run.Validate(plan, new EventRequest(kind ?? EventKind.Arrested, date?.Date ?? DateOnly.MinValue, confidence,
            Conditions: line[C.Conditions], Notes: line[C.Notes], Sources: sources), Fields);
        if (line.Malformed) plan.Problem("", "malformed", "The row's quotes or separators are broken (a stray \" or extra cells).");
        var person = plan.Problems.Count == 0 ? Find(plan) : null;
        if (person is null || plan.Problems.Count > 0) return plan;

        var anchor = date!.Value.Precision.Anchor(date.Value.Date);
        plan.DetaineeId = person.Id;
        plan.Facts.Add(new RowFact(kind!.Value, date.Value.Precision.Iso(anchor), facility?.Name));
        plan.Fingerprint = run.Fingerprint(ImportKind.Events, line);
        if (!lookups.MarkImported(plan.Fingerprint))
        {
            plan.Outcome = RowOutcome.AlreadyImported;
            return plan;
        }
        if (person.Events.Any(e => e.Kind == kind && e.EventDate == anchor && e.ReviewState != ReviewState.Rejected))
        {
            plan.Outcome = RowOutcome.Match;
            return plan;
        }
        try
        {
            var cited = sources is null ? [] : new[] { lookups.Source(sources[0]!.Url!.Trim()) };
            person.RecordEvent(kind.Value, run.Details(date.Value.Date, date.Value.Precision, confidence, facility?.Id,
                line[C.Conditions], line[C.Notes], cited), run.Now);
            plan.EventsAdded = 1;
            plan.Outcome = RowOutcome.Create;
        }
        catch (DomainRuleException rule)
        {
            plan.Problem(rule.Field is "Date" ? run.Header(C.Date) : rule.Field is "Kind" ? run.Header(C.Kind) : rule.Field, "rule", rule.Message);
        }
        return plan;
    }

    private Detainee? Find(RowPlan plan)
    {
        var line = plan.Line;
        if (line[C.PersonId] is { } idText)
        {
            if (Guid.TryParse(idText, out var id) && lookups.Person(id) is { } byId) return Matched(plan, byId, "id");
            plan.Problem(run.Header(C.PersonId), "unknown-person", $"{run.Header(C.PersonId)}: there is no person with the id '{idText}'.");
            return null;
        }
        if (line[C.NationalId] is { } nationalId)
        {
            if (lookups.ByNationalId(run.Db.Protector!.BlindIndex(nationalId)) is { } byNationalId) return Matched(plan, byNationalId, "nationalId");
            // The value is restricted: the message names the column, never the number.
            plan.Problem(run.Header(C.NationalId), "unknown-person", $"{run.Header(C.NationalId)}: nobody on record has this national ID.");
            return null;
        }
        if (line[C.Name] is not { } name)
        {
            plan.Problem(run.Header(C.Name), "required", $"Give the {run.Header(C.PersonId)}, the {run.Header(C.NationalId)} or the {run.Header(C.Name)}.");
            return null;
        }
        var named = lookups.ByName(name);
        if (named.Count == 1 && lookups.Person(named[0]) is { } one) return Matched(plan, one, "name");
        plan.Problem(run.Header(C.Name), named.Count == 0 ? "unknown-person" : "ambiguous-person", named.Count == 0
            ? $"{run.Header(C.Name)}: nobody on record is named '{name}'."
            : $"{run.Header(C.Name)}: {named.Count} people on record have this name; give the {run.Header(C.PersonId)} or {run.Header(C.NationalId)}.");
        return null;
    }

    private static Detainee Matched(RowPlan plan, Detainee person, string by)
    {
        plan.Match = new MatchedPerson(person.Id, person.Name, by);
        return person;
    }
}
