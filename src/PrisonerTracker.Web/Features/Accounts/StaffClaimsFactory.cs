using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// A signed-in user carries the same claims as an API key (role, organisation) plus their user id,
/// so <see cref="Viewer"/> and the role policies treat both alike.
/// </summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser>(users, options)
{
    public const string UserIdClaim = "user_id";

    /// <summary>Present when the user has two-factor sign-in set up (refreshed when they set it up).</summary>
    public const string TwoFactorClaim = "two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        identity.AddClaim(new Claim(Viewer.OrganisationClaim, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(UserIdClaim, user.Id.ToString()));
        identity.AddClaim(new Claim(Viewer.AuthorClaim, Viewer.UserAuthor(user.Id)));
        if (user.TwoFactorEnabled) identity.AddClaim(new Claim(TwoFactorClaim, "on"));
        return identity;
    }
}
