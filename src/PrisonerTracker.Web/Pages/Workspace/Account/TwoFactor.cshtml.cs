using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Web.Features.Accounts;

namespace PrisonerTracker.Web.Pages.Workspace.Account;

/// <summary>Sets up an authenticator app; reviewers and admins are sent here until they have one.</summary>
public sealed class TwoFactorModel(TwoFactorEnrolment enrolment, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public TwoFactorSetup Setup { get; private set; } = null!;

    /// <summary>Shown once, right after two-factor is turned on.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task OnGetAsync() => Setup = await enrolment.GetSetupAsync(User);

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            RecoveryCodes = await enrolment.EnableAsync(User, Input.Code!);
            if (RecoveryCodes is null) ModelState.AddModelError("Input.Code", text["Account.Error.CodeFailed"]);
        }
        Setup = await enrolment.GetSetupAsync(User);
        return Page();
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Validation.Required"), MaxLength(20)]
        public string? Code { get; set; }
    }
}
