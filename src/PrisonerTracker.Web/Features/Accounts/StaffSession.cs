using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// Whether a public page's reader is also signed in to the workspace as someone who may read the audit
/// log. Public pages authenticate API keys only, so the sign-in cookie is checked apart, and only to
/// decide whether to offer a link: it never changes what the page shows of the record. A request with
/// that cookie is never served from, nor stored in, the public output cache.
/// </summary>
public static class StaffSession
{
    public static async Task<bool> MayReadAuditAsync(HttpContext context)
    {
        if (!context.Request.Cookies.ContainsKey("pt_staff")) return false;
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return session.Succeeded && (session.Principal.IsInRole("Reviewer") || session.Principal.IsInRole("Admin"));
    }
}
