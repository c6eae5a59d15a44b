using Microsoft.AspNetCore.Identity;
using PrisonerTracker.Infrastructure.Access;

namespace PrisonerTracker.Web.Features.Accounts;

public enum SignInOutcome { SignedIn, Failed, LockedOut, TooManyAttempts, RequiresTwoFactor }

/// <summary>
/// Password and second-factor sign-in. Every failure looks the same to the visitor (an unknown
/// address, a disabled account and a wrong password all read "not accepted"), so the form cannot
/// be used to find out who has an account; lockout is said, since it changes what the user should do.
/// </summary>
public sealed class StaffSignIn(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SignInLimits limits, SecurityEvents events, IHttpContextAccessor http)
{
    private string? Address => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public async Task<SignInOutcome> PasswordAsync(string email, string password)
    {
        if (!await limits.TryAcquireForAccountAsync(email))
        {
            events.SignInFailed(null, "too many attempts for one account", Address);
            return SignInOutcome.TooManyAttempts;
        }
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled)
        {
            events.SignInFailed(user?.Id, user is null ? "unknown account" : "account disabled", Address);
            return SignInOutcome.Failed;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return Report(user.Id, "password", result);
    }

    /// <summary>The second step: a code from the authenticator app, or one of the recovery codes.</summary>
    public async Task<SignInOutcome> SecondFactorAsync(string code, bool recovery)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return SignInOutcome.Failed;
        code = code.Replace(" ", "").Replace("-", "");
        var result = recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        return Report(user.Id, recovery ? "recovery code" : "authenticator code", result);
    }

    public async Task SignOutAsync(Guid? userId)
    {
        await signIn.SignOutAsync();
        if (userId is { } id) events.SignedOut(id);
    }

    private SignInOutcome Report(Guid userId, string method, SignInResult result)
    {
        if (result.Succeeded) events.SignInSucceeded(userId, method, Address);
        else if (!result.RequiresTwoFactor) events.SignInFailed(userId, result.IsLockedOut ? "locked out" : $"wrong {method}", Address);
        return result.Succeeded ? SignInOutcome.SignedIn
            : result.RequiresTwoFactor ? SignInOutcome.RequiresTwoFactor
            : result.IsLockedOut ? SignInOutcome.LockedOut
            : SignInOutcome.Failed;
    }
}
