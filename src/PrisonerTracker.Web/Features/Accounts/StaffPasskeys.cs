using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Access;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// The signed-in user's own passkeys: made in the browser (WebAuthn), named so they can be told
/// apart, renamed, removed. Each addition and removal is written to the audit log in the same
/// transaction as the change.
/// </summary>
public sealed class StaffPasskeys(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, TrackerDbContext db, SecurityEvents events)
{
    /// <summary>Enough for a phone, a laptop and a few security keys; a list no one can grow without end.</summary>
    public const int MaxPerAccount = 10;

    public async Task<IReadOnlyList<PasskeyRow>> ListAsync(ClaimsPrincipal principal)
    {
        var user = await UserAsync(principal);
        var passkeys = await users.GetPasskeysAsync(user);
        return [.. passkeys.OrderBy(p => p.CreatedAt).Select(p => new PasskeyRow(WebEncoders.Base64UrlEncode(p.CredentialId), p.Name ?? "", p.CreatedAt))];
    }

    /// <summary>What the browser needs to make a passkey for this account (the JSON for <c>navigator.credentials.create()</c>).</summary>
    public async Task<string> CreationOptionsAsync(ClaimsPrincipal principal)
    {
        var user = await UserAsync(principal);
        var name = user.Email ?? user.Id.ToString();
        return await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id.ToString(), Name = name, DisplayName = name });
    }

    /// <summary>Checks the browser's new credential and keeps it under <paramref name="name"/>; an error names the field.</summary>
    public async Task<FormError?> AddAsync(ClaimsPrincipal principal, string credentialJson, string name)
    {
        var user = await UserAsync(principal);
        if ((await users.GetPasskeysAsync(user)).Count >= MaxPerAccount) return new FormError("Name", "Passkey.Error.TooMany");
        PasskeyAttestationResult attestation;
        try { attestation = await signIn.PerformPasskeyAttestationAsync(credentialJson); }
        catch (PasskeyException) { return new FormError("Credential", "Passkey.Error.NotAccepted"); }
        if (!attestation.Succeeded) return new FormError("Credential", "Passkey.Error.NotAccepted");
        attestation.Passkey.Name = name.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var added = await users.AddOrUpdatePasskeyAsync(user, attestation.Passkey);
        if (!added.Succeeded) return new FormError("Credential", "Passkey.Error.NotAccepted");
        await events.AccountChangedAsync(user.Id, user.Id, "passkey-add", $"passkey \"{name.Trim()}\" added");
        await transaction.CommitAsync();
        return null;
    }

    public async Task<bool> RenameAsync(ClaimsPrincipal principal, string id, string name)
    {
        var user = await UserAsync(principal);
        if (await FindAsync(user, id) is not { } passkey) return false;
        var before = passkey.Name;
        passkey.Name = name.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.AddOrUpdatePasskeyAsync(user, passkey);
        await events.AccountChangedAsync(user.Id, user.Id, "passkey-rename", $"passkey \"{before}\" renamed \"{passkey.Name}\"");
        await transaction.CommitAsync();
        return true;
    }

    public async Task<bool> RemoveAsync(ClaimsPrincipal principal, string id)
    {
        var user = await UserAsync(principal);
        if (await FindAsync(user, id) is not { } passkey) return false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.RemovePasskeyAsync(user, passkey.CredentialId);
        await events.AccountChangedAsync(user.Id, user.Id, "passkey-remove", $"passkey \"{passkey.Name}\" removed");
        await transaction.CommitAsync();
        return true;
    }

    private async Task<UserPasskeyInfo?> FindAsync(StaffUser user, string id)
    {
        byte[] credentialId;
        try { credentialId = WebEncoders.Base64UrlDecode(id); }
        catch (FormatException) { return null; }
        return await users.GetPasskeyAsync(user, credentialId);
    }

    private async Task<StaffUser> UserAsync(ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed in without an account.");
}

/// <summary>A passkey as the account page lists it: its credential id (base64url), name, and when it was made.</summary>
public sealed record PasskeyRow(string Id, string Name, DateTimeOffset CreatedAt);
