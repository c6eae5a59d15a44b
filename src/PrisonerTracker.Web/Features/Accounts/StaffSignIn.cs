using Microsoft.AspNetCore.Identity;
using PrisonerTracker.Infrastructure.Access;

namespace PrisonerTracker.Web.Features.Accounts;

public enum SignInOutcome { SignedIn, Failed, LockedOut, TooManyAttempts, RequiresTwoFactor }

/// <summary>
/// Password, second-factor and passkey sign-in. Every failure looks the same to the visitor (an unknown
/// address, a disabled account and a wrong password all read "not accepted"), so the form cannot
/// be used to find out who has an account; lockout is said, since it changes what the user should do.
/// Every attempt, either way, goes to the audit log (<see cref="SecurityEvents"/>).
/// </summary>
public sealed class StaffSignIn(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SignInLimits limits, SecurityEvents events)
{
    /// <summary>The session's authentication method after a passkey sign-in (<see cref="PasskeySession"/>).</summary>
    public const string PasskeyMethod = "passkey";

    public async Task<SignInOutcome> PasswordAsync(string email, string password)
    {
        if (!await limits.TryAcquireForAccountAsync(email))
        {
            await events.SignInFailedAsync(null, "too many attempts for one account");
            return SignInOutcome.TooManyAttempts;
        }
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled)
        {
            await events.SignInFailedAsync(user, user is null ? "unknown account" : "account disabled");
            return SignInOutcome.Failed;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return await ReportAsync(user, "password", result);
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
        if (recovery && result.Succeeded) await events.RecoveryCodeUsedAsync(user, await users.CountRecoveryCodesAsync(user));
        return await ReportAsync(user, recovery ? "recovery code" : "authenticator code", result);
    }

    /// <summary>What the browser needs to ask for a passkey; any of the site's passkeys will do (the user is not known yet).</summary>
    public Task<string> PasskeyRequestOptionsAsync() => signIn.MakePasskeyRequestOptionsAsync(null);

    /// <summary>
    /// Signs in with a passkey (the JSON of <c>navigator.credentials.get()</c>), as the only step: a passkey
    /// is possession and user verification in one, so it also satisfies the two-factor rule (ADR 18).
    /// </summary>
    public async Task<SignInOutcome> PasskeyAsync(string credentialJson)
    {
        PasskeyAssertionResult<StaffUser> assertion;
        try { assertion = await signIn.PerformPasskeyAssertionAsync(credentialJson); }
        catch (PasskeyException) { assertion = PasskeyAssertionResult.Fail<StaffUser>(new PasskeyException("The passkey was not accepted.")); }
        if (!assertion.Succeeded)
        {
            await events.SignInFailedAsync(null, "passkey not accepted");
            return SignInOutcome.Failed;
        }
        var user = assertion.User;
        if (user.IsDisabled)
        {
            await events.SignInFailedAsync(user, "account disabled");
            return SignInOutcome.Failed;
        }
        if (await users.IsLockedOutAsync(user))
        {
            await events.LockedOutAsync(user, PasskeyMethod);
            return SignInOutcome.LockedOut;
        }
        // The signature counter moves on with each use; keeping it lets a cloned authenticator be noticed.
        await users.AddOrUpdatePasskeyAsync(user, assertion.Passkey);
        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: PasskeyMethod);
        await events.SignInSucceededAsync(user, PasskeyMethod);
        return SignInOutcome.SignedIn;
    }

    public async Task SignOutAsync(Guid? userId)
    {
        await signIn.SignOutAsync();
        if (userId is { } id) await events.SignedOutAsync(id);
    }

    private async Task<SignInOutcome> ReportAsync(StaffUser user, string method, SignInResult result)
    {
        if (result.Succeeded) await events.SignInSucceededAsync(user, method);
        else if (result.IsLockedOut) await events.LockedOutAsync(user, method);
        else if (!result.RequiresTwoFactor) await events.SignInFailedAsync(user, $"wrong {method}");
        return result.Succeeded ? SignInOutcome.SignedIn
            : result.RequiresTwoFactor ? SignInOutcome.RequiresTwoFactor
            : result.IsLockedOut ? SignInOutcome.LockedOut
            : SignInOutcome.Failed;
    }
}
