using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Features.Imports;

namespace PrisonerTracker.Web.Pages.Workspace.Import;

/// <summary><c>/workspace/import/template?kind=detainees|events&amp;lang=es|en</c>: a CSV to fill in, with an example row.</summary>
public sealed class TemplateModel : PageModel
{
    public IActionResult OnGet(string? kind, string? lang)
    {
        if (!Enum.TryParse<ImportKind>(kind ?? "detainees", ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)) return NotFound();
        var spanish = lang is null ? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es" : lang == "es";
        if (lang is not (null or "es" or "en")) return NotFound();
        return File(ImportTemplates.Build(parsed, spanish), "text/csv; charset=utf-8", ImportTemplates.FileName(parsed, spanish));
    }
}
