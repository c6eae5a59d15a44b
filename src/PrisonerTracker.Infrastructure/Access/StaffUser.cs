using Microsoft.AspNetCore.Identity;

namespace PrisonerTracker.Infrastructure.Access;

/// <summary>
/// A person who signs in to the workspace. Belongs to exactly one organisation and holds one
/// role (roles nest, as for API keys: a reviewer may edit, an admin may do anything). Identity's
/// own columns (password hash, lockout, two-factor, security stamp) are managed by its UserManager.
/// </summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    private StaffUser() { Role = ""; }

    public StaffUser(string email, Guid organisationId, string role)
    {
        Id = Guid.CreateVersion7();
        UserName = email;
        Email = email;
        OrganisationId = organisationId;
        Role = role;
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>Editor, Reviewer or Admin, by name as for API keys; interpreted by the web layer.</summary>
    public string Role { get; private set; }

    /// <summary>Set when an admin disables the account; a disabled user cannot sign in and is signed out everywhere.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsDisabled => DisabledAt is not null;

    public void ChangeRole(string role) => Role = role;

    public void Disable(DateTimeOffset now) => DisabledAt ??= now;

    public void Enable() => DisabledAt = null;
}
