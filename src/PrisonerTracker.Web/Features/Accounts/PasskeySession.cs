using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// Whether a session meets the two-factor rule: the account has an authenticator app (its second step
/// was asked at sign-in), or this session was opened with a passkey, which is possession and user
/// verification in one (ADR 18). A password alone never meets it, whatever the account holds.
/// </summary>
public static class PasskeySession
{
    public static bool SignedInWithPasskey(ClaimsPrincipal user) =>
        user.HasClaim(ClaimTypes.AuthenticationMethod, StaffSignIn.PasskeyMethod);

    public static bool SatisfiesTwoFactor(ClaimsPrincipal user) =>
        user.FindFirst(StaffClaimsFactory.TwoFactorClaim) is not null || SignedInWithPasskey(user);

    /// <summary>
    /// The periodic session check rebuilds the principal from the account, which knows nothing of how this
    /// session began: the method is carried over, or a passkey session would be sent to set up an app a minute later.
    /// </summary>
    public static Task KeepAuthenticationMethod(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
            foreach (var method in current.FindAll(ClaimTypes.AuthenticationMethod))
                if (!identity.HasClaim(ClaimTypes.AuthenticationMethod, method.Value))
                    identity.AddClaim(new Claim(ClaimTypes.AuthenticationMethod, method.Value));
        return Task.CompletedTask;
    }
}
