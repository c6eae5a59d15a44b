using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Web.Features.Accounts;

namespace PrisonerTracker.Web.Pages.Workspace.Account;

/// <summary>The signed-in user's own account: two-factor sign-in and recovery codes left, and their passkeys.</summary>
public sealed class IndexModel(TwoFactorEnrolment enrolment, StaffPasskeys passkeys, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public PasskeyInput Input { get; set; } = new();

    public TwoFactorSetup Setup { get; private set; } = null!;
    public IReadOnlyList<PasskeyRow> Passkeys { get; private set; } = [];

    /// <summary>The passkey whose rename was refused, so its error shows beside its own field.</summary>
    public string? RenameFailedFor { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    /// <summary>The creation options for <c>navigator.credentials.create()</c> (posted by passkeys.js with the antiforgery token).</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() => Content(await passkeys.CreationOptionsAsync(User), "application/json");

    public async Task<IActionResult> OnPostAddPasskeyAsync()
    {
        if (string.IsNullOrEmpty(Input.Credential) || Input.Credential.Length > SignInModel.MaxCredentialLength)
            ModelState.AddModelError("Input.Credential", text["Passkey.Error.NotAccepted"]);
        if (ModelState.IsValid && await passkeys.AddAsync(User, Input.Credential!, Input.Name!) is { } error)
            ModelState.AddModelError($"Input.{error.Field}", text[error.MessageKey]);
        if (ModelState.IsValid) return RedirectToPage();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRenamePasskeyAsync([FromForm] string id, [FromForm] string? name)
    {
        ModelState.Clear();  // the add form's fields are not part of this post
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > PasskeyInput.MaxNameLength)
        {
            RenameFailedFor = id;
            ModelState.AddModelError("Rename", text["Passkey.Error.Name"]);
            await LoadAsync();
            return Page();
        }
        return await passkeys.RenameAsync(User, id, name) ? RedirectToPage() : NotFound();
    }

    public async Task<IActionResult> OnPostRemovePasskeyAsync([FromForm] string id) =>
        await passkeys.RemoveAsync(User, id) ? RedirectToPage() : NotFound();

    private async Task LoadAsync()
    {
        Setup = await enrolment.GetSetupAsync(User);
        Passkeys = await passkeys.ListAsync(User);
    }

    public sealed class PasskeyInput
    {
        public const int MaxNameLength = 100;

        [Required(ErrorMessage = "Passkey.Error.Name"), MaxLength(MaxNameLength, ErrorMessage = "Passkey.Error.Name")]
        public string? Name { get; set; }

        /// <summary>The JSON of the new credential, filled in by passkeys.js.</summary>
        public string? Credential { get; set; }
    }
}
