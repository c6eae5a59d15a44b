using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Features.Accounts;

namespace PrisonerTracker.Web.Pages.Workspace;

/// <summary>Post only (with its antiforgery token): a link or an image elsewhere cannot sign anyone out.</summary>
public sealed class SignOutModel(StaffSignIn signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("Index");

    public async Task<IActionResult> OnPostAsync()
    {
        Guid? userId = Guid.TryParse(User.FindFirst(StaffClaimsFactory.UserIdClaim)?.Value, out var id) ? id : null;
        await signIn.SignOutAsync(userId);
        return RedirectToPage("SignIn");
    }
}
