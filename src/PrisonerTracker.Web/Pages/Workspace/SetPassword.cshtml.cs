using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Web.Features.Accounts;

namespace PrisonerTracker.Web.Pages.Workspace;

/// <summary>The one-time link of an invitation (or of the first admin): the user chooses their own password.</summary>
public sealed class SetPasswordModel(StaffAccounts accounts, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var error = await accounts.SetPasswordAsync(UserId, Token ?? "", Input.Password!);
        if (error is null) return RedirectToPage("SignIn");
        ModelState.AddModelError($"Input.{error.Field}", text[error.MessageKey]);
        return Page();
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Validation.Required"), MinLength(12, ErrorMessage = "Account.Error.PasswordTooShort"), MaxLength(1000), DataType(DataType.Password)]
        public string? Password { get; set; }
    }
}
