using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// Who may open workspace pages. These policies read only the sign-in cookie (never an API key),
/// and the API's policies read only keys: a browser's cookie cannot be used against the API,
/// which has no antiforgery tokens.
/// </summary>
public static class WorkspacePolicies
{
    public const string Staff = "workspace";
    public const string Reviewer = "workspace-reviewer";
    public const string Admin = "workspace-admin";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => Cookie(p).RequireRole(nameof(StaffRole.Editor), nameof(StaffRole.Reviewer), nameof(StaffRole.Admin)));
        options.AddPolicy(Reviewer, p => Cookie(p).RequireRole(nameof(StaffRole.Reviewer), nameof(StaffRole.Admin)));
        options.AddPolicy(Admin, p => Cookie(p).RequireRole(nameof(StaffRole.Admin)));
    }

    /// <summary>Every workspace page needs a signed-in user; the review queue a reviewer; admin pages an admin. Sign-in pages stay open.</summary>
    public static void Apply(RazorPagesOptions options)
    {
        options.Conventions.AuthorizeFolder("/Workspace", Staff);
        options.Conventions.AuthorizeFolder("/Workspace/Admin", Admin);
        options.Conventions.AuthorizePage("/Workspace/Review", Reviewer);
        options.Conventions.AllowAnonymousToPage("/Workspace/SignIn");
        options.Conventions.AllowAnonymousToPage("/Workspace/SignInTwoFactor");
        options.Conventions.AllowAnonymousToPage("/Workspace/SetPassword");
        options.Conventions.AllowAnonymousToPage("/Workspace/SignOut");
        options.Conventions.AddFolderApplicationModelConvention("/Workspace", model =>
        {
            if (!TwoFactorEnrolmentFilter.Exempt(model.ViewEnginePath)) model.Filters.Add(new TwoFactorEnrolmentFilter());
        });
    }

    private static AuthorizationPolicyBuilder Cookie(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser();
}
