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

    /// <summary>The request options for <c>navigator.credentials.get()</c> (posted by passkeys.js with the antiforgery token).</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() => Content(await signIn.PasskeyRequestOptionsAsync(), "application/json");

    /// <summary>The passkey's answer; the same refusal whatever went wrong, except lockout.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync([FromForm] string? credential)
    {
        ModelState.Clear();  // the password form's fields are not part of this post
        if (string.IsNullOrEmpty(credential) || credential.Length > MaxCredentialLength)
        {
            PasskeyError = text["Passkey.Error.NotAccepted"];
            return Page();
        }
        var outcome = await signIn.PasskeyAsync(credential);
        if (outcome == SignInOutcome.SignedIn) return LocalRedirect(SafeReturnUrl(ReturnUrl));
        PasskeyError = text[outcome == SignInOutcome.LockedOut ? "Account.Error.LockedOut" : "Passkey.Error.NotAccepted"];
        return Page();
    }

    /// <summary>A WebAuthn answer is a few kilobytes; anything far larger is not one.</summary>
    public const int MaxCredentialLength = 20_000;

    /// <summary>Shown beside the passkey button when a passkey sign-in was refused.</summary>
    public string? PasskeyError { get; private set; }

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
