using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Localization;

namespace PrisonerTracker.Web.Pages;

/// <summary>
/// Target of the language switch. No antiforgery token: a forged post could only change the
/// display language, and leaving tokens out keeps every public page free of session cookies.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class CultureModel(CultureSwitch cultures) : PageModel
{
    [BindProperty]
    public CultureInput Input { get; set; } = new();

    // Without a post (a bookmarked /culture), show the choice itself.
    public void OnGet() { }

    public IActionResult OnPost()
    {
        cultures.TryRemember(HttpContext, Input.Culture);
        return LocalRedirect(CultureSwitch.SafeReturnUrl(Input.ReturnUrl));
    }

    public sealed class CultureInput
    {
        public string? Culture { get; set; }
        public string? ReturnUrl { get; set; }
    }
}
