using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Web.Features.Accounts;

namespace PrisonerTracker.Web.Pages.Workspace;

[EnableRateLimiting(SignInLimits.AddressPolicy)]
public sealed class SignInModel(StaffSignIn signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var outcome = await signIn.PasswordAsync(Input.Email!, Input.Password!);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(SafeReturnUrl(ReturnUrl));
            case SignInOutcome.RequiresTwoFactor:
                return RedirectToPage("SignInTwoFactor", new { returnUrl = SafeReturnUrl(ReturnUrl) });
            default:
                var key = outcome switch
                {
                    SignInOutcome.LockedOut => "Account.Error.LockedOut",
                    SignInOutcome.TooManyAttempts => "Account.Error.TooManyAttempts",
                    _ => "Account.Error.SignInFailed",
                };
                ModelState.AddModelError("Input.Password", text[key]);
                return Page();
        }
    }

    /// <summary>Only paths inside the workspace: a sign-in link cannot send the user anywhere else.</summary>
    public static string SafeReturnUrl(string? url) =>
        url is not null && url.StartsWith("/workspace", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\')
            ? url : "/workspace";

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), MaxLength(256)]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Validation.Required"), MaxLength(1000), DataType(DataType.Password)]
        public string? Password { get; set; }
    }
}
