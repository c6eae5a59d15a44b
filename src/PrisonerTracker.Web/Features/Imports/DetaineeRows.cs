using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Features.Events;
using C = PrisonerTracker.Web.Features.Imports.ImportColumns;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// A detainees file: one person per row, with their arrest and (by status or release date) their
/// release. A row finds the person already on record by national ID, else by a name only one person
/// has; otherwise it creates them, recorded by the importer's organisation. Facts go through the
/// person's aggregate like facts entered by hand: history rules apply and they start pending review.
/// </summary>
public sealed class DetaineeRows(ImportRun run, ImportLookups lookups)
{
    private static readonly Dictionary<string, ImportColumn> Fields = new()
    {
        ["name"] = C.Name, ["nameVariants"] = C.Name, ["nationalities"] = C.Nationalities, ["occupation"] = C.Occupation,
        ["region"] = C.Region, ["arrestingAgency"] = C.Agency, ["charges"] = C.Charges, ["sentence"] = C.Sentence,
        ["restricted.nationalId"] = C.NationalId, ["conditions"] = C.Conditions, ["notes"] = C.Notes, ["sources"] = C.SourceUrl,
    };

    public RowPlan Plan(ImportLine line)
    {
        var plan = new RowPlan(line);
        var request = Request(plan);
        var arrest = run.Date(plan, C.ArrestDate);
        var release = run.Date(plan, C.ReleaseDate);
        var status = run.Word(plan, C.Status, ImportVocabulary.Statuses);
        var confidence = run.Word(plan, C.Confidence, ImportVocabulary.Confidences) ?? Confidence.Reported;
        var facility = FacilityOf(plan, line);
        var releaseKind = ReleaseKind(plan, status, release is not null, line[C.Conditions] is not null);
        var sources = line[C.SourceUrl] is { } url ? new SourceInput?[] { new(url) } : null;
        run.Validate(plan, request, Fields);
        run.Validate(plan, new EventRequest(EventKind.Arrested, arrest?.Date, confidence, Conditions: line[C.Conditions], Notes: line[C.Notes], Sources: sources), Fields);
        if (line.Malformed) plan.Problem("", "malformed", "The row's quotes or separators are broken (a stray \" or extra cells).");
        if (plan.Problems.Count > 0) return plan;

        var nationalId = line[C.NationalId];
        plan.Fingerprint = run.Fingerprint(ImportKind.Detainees, line);
        var person = Find(plan, request.Name!, nationalId is null ? null : run.Db.Protector!.BlindIndex(nationalId));
        if (plan.Problems.Count > 0) return plan;
        if (!lookups.MarkImported(plan.Fingerprint))
        {
            plan.Outcome = RowOutcome.AlreadyImported;
            return plan;
        }
        try
        {
            if (person is null)
            {
                person = new Detainee(request.ToDetails(), run.Viewer.OrganisationId);
                if (request.Restricted is { } restricted) person.SetRestrictedDetails(restricted.ToDetails());
                lookups.Remember(person, nationalId is null ? null : run.Db.Protector!.BlindIndex(nationalId));
                plan.Outcome = RowOutcome.Create;
            }
            var sourceList = sources is null ? [] : new[] { lookups.Source(sources[0]!.Url!.Trim()) };
            if (arrest is { } a)
                Record(plan, person, C.ArrestDate, EventKind.Arrested, run.Details(a.Date, a.Precision, confidence, facility?.Id, null, line[C.Notes], sourceList), facility?.Name);
            if (release is { } r && releaseKind is { } kind && plan.Problems.Count == 0)
                Record(plan, person, C.ReleaseDate, kind, run.Details(r.Date, r.Precision, confidence, null, line[C.Conditions], null, sourceList), null);
        }
        catch (DomainRuleException rule)
        {
            plan.Problem(run.Header(C.Name), "rule", $"{run.Header(C.Name)}: {rule.Message}");
        }
        plan.DetaineeId = person?.Id;
        return plan;
    }

    private DetaineeRequest Request(RowPlan plan)
    {
        var line = plan.Line;
        return new DetaineeRequest(line[C.Name],
            Gender: run.Word(plan, C.Gender, ImportVocabulary.Genders),
            MinorAtArrest: run.Word(plan, C.Minor, ImportVocabulary.YesNo),
            Nationalities: line[C.Nationalities]?.Split([',', ';', '/', '|', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Service: run.Word(plan, C.Service, ImportVocabulary.Services),
            Occupation: line[C.Occupation], Region: line[C.Region], ArrestingAgency: line[C.Agency], Charges: line[C.Charges],
            Sentence: line[C.Sentence], Restricted: line[C.NationalId] is { } id ? new RestrictedInput(NationalId: id) : null);
    }

    private (Guid Id, string Name)? FacilityOf(RowPlan plan, ImportLine line)
    {
        if (line[C.Facility] is not { } name) return null;
        if (lookups.Facility(name) is { } found) return found;
        plan.Problem(run.Header(C.Facility), "unknown-facility", $"{run.Header(C.Facility)}: there is no facility named '{name}' (add it first, or fix the spelling).");
        return null;
    }

    /// <summary>What the status and release date say together; contradictions and missing dates are problems, never guesses.</summary>
    private EventKind? ReleaseKind(RowPlan plan, RowStatus? status, bool hasReleaseDate, bool hasConditions)
    {
        if (status == RowStatus.Held && hasReleaseDate)
            plan.Problem(run.Header(C.Status), "contradiction", $"{run.Header(C.Status)} says held, but the row has a {run.Header(C.ReleaseDate)}.");
        else if (status is RowStatus.Released or RowStatus.ReleasedConditional && !hasReleaseDate)
            plan.Problem(run.Header(C.ReleaseDate), "required", $"{run.Header(C.Status)} says released: give the {run.Header(C.ReleaseDate)}.");
        if (!hasReleaseDate) return null;
        // Conditions make a release conditional, as when it is entered by hand (Detainee.RecordRelease).
        return status == RowStatus.ReleasedConditional || hasConditions ? EventKind.ReleasedConditional : EventKind.ReleasedFull;
    }

    private Detainee? Find(RowPlan plan, string name, string? nationalIdIndex)
    {
        if (nationalIdIndex is not null)
            return lookups.ByNationalId(nationalIdIndex) is { } byId ? Matched(plan, byId, "nationalId") : null;
        var named = lookups.ByName(name);
        if (named.Count > 1)
            plan.Problem(run.Header(C.Name), "ambiguous-person", $"{run.Header(C.Name)}: {named.Count} people on record have this name; add the {run.Header(C.NationalId)}.");
        return named.Count == 1 && lookups.Person(named[0]) is { } one ? Matched(plan, one, "name") : null;
    }

    private static Detainee Matched(RowPlan plan, Detainee person, string by)
    {
        plan.Match = new MatchedPerson(person.Id, person.Name, by);
        plan.Outcome = RowOutcome.Match;
        return person;
    }

    /// <summary>A fact already on record (same kind and date, not rejected) is not entered twice.</summary>
    private void Record(RowPlan plan, Detainee person, ImportColumn column, EventKind kind, EventDetails details, string? facility)
    {
        var date = details.Precision.Anchor(details.Date);
        plan.Facts.Add(new RowFact(kind, details.Precision.Iso(date), facility));
        if (person.Events.Any(e => e.Kind == kind && e.EventDate == date && e.ReviewState != ReviewState.Rejected)) return;
        try
        {
            person.RecordEvent(kind, details, run.Now);
        }
        catch (DomainRuleException rule)
        {
            // The rule's message names dates and kinds only, never a restricted value.
            plan.Problem(run.Header(column), "rule", $"{run.Header(column)}: {rule.Message}");
            return;
        }
        plan.EventsAdded++;
        if (plan.Outcome == RowOutcome.Match) plan.Outcome = RowOutcome.Update;
    }
}
