using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Accounts;
using PrisonerTracker.Web.Features.ApiKeys;

namespace PrisonerTracker.Web.Pages.Workspace.Admin;

/// <summary>Admins make keys for staff accounts (the secret is shown once), see when each was last used, and revoke them.</summary>
public sealed class ApiKeysModel(ApiKeyService keys, StaffAccounts accounts, SecurityEvents events, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public KeyInput Input { get; set; } = new();

    public IReadOnlyList<ApiKeyDto> Keys { get; private set; } = [];
    public IReadOnlyList<StaffUserRow> Users { get; private set; } = [];

    /// <summary>The secret of the key just made: rendered in this one response, never stored or shown again.</summary>
    public string? NewKey { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var owner = (await accounts.ListAsync()).SingleOrDefault(u => u.Id == Input.UserId);
        if (owner is null) ModelState.AddModelError("Input.UserId", text["Account.Error.User"]);
        if (ModelState.IsValid && owner is not null)
        {
            var created = await keys.CreateAsync(Input.Name!.Trim(), owner.OrganisationId, Enum.Parse<StaffRole>(owner.Role), User.Identity!.Name!,
                HttpContext.RequestAborted, owner.Id);
            events.KeyChanged(Actor, owner.Id, $"API key {created.ApiKey.Prefix} created");
            NewKey = created.Key;
            ModelState.Clear();
            Input = new();
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        if (await keys.RevokeAsync(id, null, HttpContext.RequestAborted) is not { } revoked) return NotFound();
        events.KeyChanged(Actor, revoked.Id, $"API key {revoked.Prefix} revoked");
        return RedirectToPage();
    }

    private Guid Actor => Guid.Parse(User.FindFirst(StaffClaimsFactory.UserIdClaim)!.Value);

    private async Task LoadAsync()
    {
        Keys = await keys.ListAsync(HttpContext.RequestAborted);
        Users = [.. (await accounts.ListAsync()).Where(u => !u.Disabled)];
    }

    public sealed class KeyInput
    {
        [Required(ErrorMessage = "Validation.Required"), MaxLength(200, ErrorMessage = "Account.Error.Name")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Account.Error.User")]
        public Guid? UserId { get; set; }
    }
}
