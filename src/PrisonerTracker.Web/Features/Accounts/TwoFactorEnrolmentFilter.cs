using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// A user whose role must use two-factor sign-in, and who has not set it up yet, can open only the
/// page that sets it up (and sign out) until they do, unless this session was opened with a passkey. Checked on every workspace page, so a rule
/// an admin turns on applies at once.
/// </summary>
public sealed class TwoFactorEnrolmentFilter : IAsyncPageFilter
{
    public const string EnrolPath = "/workspace/account/two-factor";

    private static readonly string[] ExemptPages =
        ["/Workspace/SignIn", "/Workspace/SignInTwoFactor", "/Workspace/SetPassword", "/Workspace/SignOut", "/Workspace/Account/TwoFactor"];

    public static bool Exempt(string viewEnginePath) => ExemptPages.Contains(viewEnginePath, StringComparer.Ordinal);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var viewer = context.HttpContext.Viewer();
        if (viewer.Role is { } role && !PasskeySession.SatisfiesTwoFactor(context.HttpContext.User)
            && await context.HttpContext.RequestServices.GetRequiredService<TwoFactorRules>().IsRequiredAsync(role))
        {
            context.Result = new RedirectResult(EnrolPath);
            return;
        }
        await next();
    }
}
