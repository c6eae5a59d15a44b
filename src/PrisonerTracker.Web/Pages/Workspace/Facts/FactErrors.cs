using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Pages.Workspace.Facts;

/// <summary>
/// Puts every error of a fact beside its field: the form's own checks, the API request's validation
/// (the same rules the API answers with) and the domain's history rules (a release before the arrest
/// is an error of the date). Messages are the page's, in the reader's language; a rule's own
/// explanation follows it, as written by the domain.
/// </summary>
public static partial class FactErrors
{
    public static void Check(FactInput input, ModelStateDictionary state, IStringLocalizer text)
    {
        if (!input.FilledSources().Any()) state.AddModelError("Input.Sources", text["Error.SourceNeeded"]);
        if (input.Confidence == Confidence.Confirmed) state.AddModelError("Input.Confidence", text["Error.ConfirmedIsEarned"]);
        var conditions = input.ConditionsText();
        if (input.Kind == EventKind.ReleasedConditional && conditions is null) state.AddModelError("Input.Conditions", text["Error.ConditionsNeeded"]);
        if (input.Kind is { } kind && kind != EventKind.ReleasedConditional && conditions is not null)
            state.AddModelError("Input.Conditions", text["Error.ConditionsOnlyForConditional"]);

        var errors = new RequestErrors();
        input.ToRequest().Validate(errors);
        // The API's checks add what the form's own did not already say (a required field is said once).
        foreach (var (field, messages) in errors.ToDictionary())
            if (state[InputKey(field)] is not { Errors.Count: > 0 })
                state.AddModelError(InputKey(field), $"{text["Error.NotAccepted"]} {string.Join(" ", messages)}");
    }

    /// <summary>A broken domain rule, beside the field it names.</summary>
    public static void Rule(string field, string message, ModelStateDictionary state, IStringLocalizer text)
    {
        var key = InputKey(field);
        var lead = key switch
        {
            "Input.Date" => text["Error.DateAgainstHistory"],
            "Input.Kind" => text["Error.KindAgainstHistory"],
            _ => text["Error.NotAccepted"],
        };
        state.AddModelError(key, $"{lead} {message}");
    }

    /// <summary>"sources[1].url" → "Input.Sources[1].Url"; a rule's "Date" → "Input.Date".</summary>
    public static string InputKey(string field)
    {
        if (SourceField().Match(field) is { Success: true } m)
            return $"Input.Sources[{m.Groups["i"].Value}].{(m.Groups["f"].Value.Length == 0 ? "Url" : Pascal(m.Groups["f"].Value))}";
        return field.ToLowerInvariant() switch
        {
            "date" or "dateprecision" => "Input.Date",
            "kind" => "Input.Kind",
            "confidence" => "Input.Confidence",
            "conditions" => "Input.Conditions",
            "notes" => "Input.Notes",
            "facilityid" => "Input.FacilityId",
            "reportingorganisationid" => "Input.ReportingOrganisationId",
            "sources" => "Input.Sources",
            "correctseventid" => "Input.CorrectsEventId",
            _ => "Input",
        };
    }

    private static string Pascal(string name) => name switch
    {
        "documentName" => "DocumentName",
        "publishedOn" => "PublishedOn",
        _ => char.ToUpperInvariant(name[0]) + name[1..],
    };

    [GeneratedRegex(@"^sources\[(?<i>\d+)\]\.?(?<f>[a-zA-Z]*)$")]
    private static partial Regex SourceField();
}
