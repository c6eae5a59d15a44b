using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Web.Features.Accounts;

namespace PrisonerTracker.Web.Pages.Workspace;

/// <summary>The second step of sign-in, after a password was accepted: an authenticator or recovery code.</summary>
[EnableRateLimiting(SignInLimits.AddressPolicy)]
public sealed class SignInTwoFactorModel(StaffSignIn signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var outcome = await signIn.SecondFactorAsync(Input.Code!, Input.Recovery);
        if (outcome == SignInOutcome.SignedIn) return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
        ModelState.AddModelError("Input.Code", text[outcome == SignInOutcome.LockedOut ? "Account.Error.LockedOut" : "Account.Error.CodeFailed"]);
        return Page();
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Validation.Required"), MaxLength(40)]
        public string? Code { get; set; }

        public bool Recovery { get; set; }
    }
}
