using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using PrisonerTracker.Infrastructure.Access;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// Setting up two-factor sign-in with an authenticator app (TOTP, RFC 6238): the app is given a
/// shared key, the user proves it works with one code, and receives recovery codes to keep.
/// </summary>
public sealed class TwoFactorEnrolment(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, SecurityEvents events)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The key to type into the app (in groups of four) and the otpauth URI an app can read; a key is made on first use.</summary>
    public async Task<TwoFactorSetup> GetSetupAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed in without an account.");
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString("PrisonerTracker:" + user.Email)}?secret={key}&issuer=PrisonerTracker&digits=6";
        return new TwoFactorSetup(Grouped(key), uri, user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user));
    }

    /// <summary>Turns two-factor on when <paramref name="code"/> is right; returns the recovery codes, shown once, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(ClaimsPrincipal principal, string code)
    {
        var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed in without an account.");
        code = code.Replace(" ", "").Replace("-", "");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)) return null;
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        // The session's claims now say two-factor is on, so pages that require it open.
        await signIn.RefreshSignInAsync(user);
        await events.AccountChangedAsync(user.Id, user.Id, "two-factor-enable", "two-factor enabled");
        return [.. codes ?? []];
    }

    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}

public sealed record TwoFactorSetup(string SharedKey, string AuthenticatorUri, bool Enabled, int RecoveryCodesLeft);
