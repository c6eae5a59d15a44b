namespace PrisonerTracker.Infrastructure.Access;

/// <summary>
/// Whether staff of one role must use two-factor sign-in. A role without a row follows the
/// default (required for reviewers and admins, who approve facts and manage accounts).
/// </summary>
public sealed class TwoFactorRule
{
    private TwoFactorRule() { Role = ""; }

    public TwoFactorRule(string role, bool required)
    {
        Role = role;
        Required = required;
    }

    /// <summary>Editor, Reviewer or Admin, by name as on users and API keys.</summary>
    public string Role { get; private set; }

    public bool Required { get; private set; }

    public void Require(bool required) => Required = required;
}
