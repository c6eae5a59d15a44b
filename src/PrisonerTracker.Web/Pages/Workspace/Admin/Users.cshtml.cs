using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Accounts;

namespace PrisonerTracker.Web.Pages.Workspace.Admin;

/// <summary>Admins invite staff, change their role, disable them and reset their two-factor sign-in.</summary>
public sealed class UsersModel(StaffAccounts accounts, TwoFactorRules rules, TrackerDbContext db, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public IReadOnlyList<StaffUserRow> Users { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];
    public IReadOnlyDictionary<StaffRole, bool> TwoFactorRequired { get; private set; } = new Dictionary<StaffRole, bool>();

    /// <summary>The one-time link of the account just invited, shown once to pass on to the new user.</summary>
    [TempData]
    public string? InviteLink { get; set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostInviteAsync()
    {
        if (ModelState.IsValid)
        {
            var (link, error) = await accounts.InviteAsync(Input.Email!, Input.OrganisationId ?? Guid.Empty, Input.Role, Actor);
            if (error is null)
            {
                InviteLink = $"{Request.Scheme}://{Request.Host}{link}";
                return RedirectToPage();
            }
            ModelState.AddModelError($"Input.{error.Field}", text[error.MessageKey]);
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id) => Done(await accounts.DisableAsync(id, Actor));
    public async Task<IActionResult> OnPostEnableAsync(Guid id) => Done(await accounts.EnableAsync(id, Actor));
    public async Task<IActionResult> OnPostRoleAsync(Guid id, StaffRole role) => Done(Enum.IsDefined(role) && await accounts.ChangeRoleAsync(id, role, Actor));
    public async Task<IActionResult> OnPostResetTwoFactorAsync(Guid id) => Done(await accounts.ResetTwoFactorAsync(id, Actor));

    /// <summary>Which roles must use two-factor sign-in; takes effect on each user's next page.</summary>
    public async Task<IActionResult> OnPostTwoFactorRulesAsync(List<StaffRole> required)
    {
        await rules.SetAsync([.. required.Where(Enum.IsDefined)], Actor);
        return RedirectToPage();
    }

    private Guid Actor => Guid.Parse(User.FindFirst(StaffClaimsFactory.UserIdClaim)!.Value);

    private IActionResult Done(bool changed) => changed ? RedirectToPage() : BadRequest();

    private async Task LoadAsync()
    {
        Users = await accounts.ListAsync();
        TwoFactorRequired = await rules.AllAsync();
        Organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync())
            .ConvertAll(o => (o.Id, o.Name));
    }

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), MaxLength(256)]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Account.Error.Organisation")]
        public Guid? OrganisationId { get; set; }

        public StaffRole Role { get; set; } = StaffRole.Editor;
    }
}
