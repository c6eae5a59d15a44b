using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Pages.Workspace.Shared;

/// <summary>
/// Puts the feature services' errors beside the form fields they name. The services speak the
/// API's field names ("restricted.nationalId", "sources[0].url") or the domain's ("WindowTo");
/// a form's input property is the same name in PascalCase, nested fields flattened.
/// </summary>
public static partial class FormErrors
{
    /// <summary>Runs the request's own checks; true when it may go on to the service.</summary>
    public static bool Validate(ModelStateDictionary state, IValidatedRequest request)
    {
        var errors = new RequestErrors();
        request.Validate(errors);
        foreach (var (field, messages) in errors.ToDictionary())
            foreach (var message in messages) state.AddModelError(Key(field), message);
        return !errors.Any;
    }

    public static void Add(ModelStateDictionary state, DomainRuleException rule) => state.AddModelError(Key(rule.Field), rule.Message);

    public static void Add(ModelStateDictionary state, string field, string message) => state.AddModelError(Key(field), message);

    /// <summary>"restricted.nationalId" → "Input.NationalId"; "sources[1].url" → "Input.Sources".</summary>
    public static string Key(string field)
    {
        var last = Index().Replace(field, "").Replace("restricted.", "");
        var name = last.Split('.')[0];
        return name.Length == 0 ? "" : "Input." + char.ToUpperInvariant(name[0]) + name[1..];
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
