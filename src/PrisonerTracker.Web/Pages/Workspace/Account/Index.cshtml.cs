using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Features.Accounts;

namespace PrisonerTracker.Web.Pages.Workspace.Account;

/// <summary>The signed-in user's own account: whether two-factor sign-in is on, and how many recovery codes are left.</summary>
public sealed class IndexModel(TwoFactorEnrolment enrolment) : PageModel
{
    public TwoFactorSetup Setup { get; private set; } = null!;

    public async Task OnGetAsync() => Setup = await enrolment.GetSetupAsync(User);
}
