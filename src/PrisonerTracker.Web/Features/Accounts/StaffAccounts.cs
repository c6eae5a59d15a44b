using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// Creates and manages staff accounts: the first admin (command line), invitations, roles,
/// disabling, and resets of two-factor sign-in. No account ever has a default password: a new
/// account gets a one-time link to choose its own.
/// </summary>
public sealed class StaffAccounts(TrackerDbContext db, UserManager<StaffUser> users, SecurityEvents events, TimeProvider clock)
{
    /// <summary>Creates an account without a password; the result is the path of its one-time link, or an error.</summary>
    public async Task<(string? Link, FormError? Error)> InviteAsync(string email, Guid organisationId, StaffRole role, Guid? actorId)
    {
        email = email.Trim();
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId))
            return (null, new FormError("OrganisationId", "Account.Error.Organisation"));
        if (await users.FindByEmailAsync(email) is not null)
            return (null, new FormError("Email", "Account.Error.EmailTaken"));
        var user = new StaffUser(email, organisationId, role.ToString());
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return (null, new FormError("Email", "Account.Error.Email"));
        await events.AccountChangedAsync(actorId, user.Id, "account-create", $"account created ({role})");
        return (await SetPasswordLinkAsync(user), null);
    }

    /// <summary>
    /// The path of a link that lets the user choose a password once: it holds a reset token,
    /// which stops working as soon as a password is set (the security stamp changes).
    /// </summary>
    public async Task<string> SetPasswordLinkAsync(StaffUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"/workspace/account/set-password?user={user.Id}&token={Uri.EscapeDataString(token)}";
    }

    public async Task<FormError?> SetPasswordAsync(Guid userId, string token, string password)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.IsDisabled) return new FormError("Password", "Account.Error.LinkInvalid");
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            await events.AccountChangedAsync(userId, userId, "password-set", "password set");
            return null;
        }
        return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
            ? new FormError("Password", "Account.Error.LinkInvalid")
            : new FormError("Password", "Account.Error.PasswordTooShort");
    }

    public async Task<IReadOnlyList<StaffUserRow>> ListAsync() =>
        await db.Users.AsNoTracking()
            .Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => new { u, o.Name })
            .OrderBy(x => x.u.Email)
            .Select(x => new StaffUserRow(x.u.Id, x.u.Email ?? "", x.u.OrganisationId, x.Name, x.u.Role, x.u.TwoFactorEnabled, x.u.DisabledAt != null, x.u.PasswordHash != null))
            .ToListAsync();

    /// <summary>Disables the account and signs it out everywhere: a new security stamp invalidates every session.</summary>
    public async Task<bool> DisableAsync(Guid userId, Guid actorId)
    {
        if (userId == actorId) return false;  // an admin cannot lock themselves out
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return false;
        user.Disable(clock.GetUtcNow());
        await users.UpdateSecurityStampAsync(user);
        await events.AccountChangedAsync(actorId, userId, "account-disable", "account disabled");
        return true;
    }

    public async Task<bool> EnableAsync(Guid userId, Guid actorId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return false;
        user.Enable();
        await users.UpdateAsync(user);
        await events.AccountChangedAsync(actorId, userId, "account-enable", "account enabled");
        return true;
    }

    /// <summary>A new role takes effect at once: the stamp changes, so open sessions sign in again.</summary>
    public async Task<bool> ChangeRoleAsync(Guid userId, StaffRole role, Guid actorId)
    {
        if (userId == actorId) return false;  // the last admin cannot demote themselves by accident
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return false;
        user.ChangeRole(role.ToString());
        await users.UpdateSecurityStampAsync(user);
        await events.AccountChangedAsync(actorId, userId, "role-change", $"role changed to {role}");
        return true;
    }

    /// <summary>For a user who lost their authenticator: removes it and their passkeys; they enrol again (with new recovery codes) at next sign-in.</summary>
    public async Task<bool> ResetTwoFactorAsync(Guid userId, Guid actorId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return false;
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        // A lost phone is often the passkey's device too: its passkeys go with the app, and are added again after sign-in.
        foreach (var passkey in await users.GetPasskeysAsync(user)) await users.RemovePasskeyAsync(user, passkey.CredentialId);
        await events.AccountChangedAsync(actorId, userId, "two-factor-reset", "two-factor and passkeys reset");
        return true;
    }
}

/// <summary>A staff account as the admin list shows it.</summary>
public sealed record StaffUserRow(Guid Id, string Email, Guid OrganisationId, string Organisation, string Role, bool TwoFactor, bool Disabled, bool HasPassword);

/// <summary>An error to show beside a form field: the field's name and the resource key of the message.</summary>
public sealed record FormError(string Field, string MessageKey);
