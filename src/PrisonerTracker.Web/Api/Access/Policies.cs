namespace PrisonerTracker.Web.Api.Access;

/// <summary>
/// Authorization policies by staff role. Roles nest: a reviewer may edit, an admin may do anything.
/// </summary>
public static class Policies
{
    /// <summary>Enter and correct records: Editor, Reviewer or Admin.</summary>
    public const string Editor = "editor";

    /// <summary>Approve or reject events and delete records: Reviewer or Admin.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Manage API keys: Admin only.</summary>
    public const string Admin = "admin";

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Editor, p => p.RequireRole(nameof(StaffRole.Editor), nameof(StaffRole.Reviewer), nameof(StaffRole.Admin)));
        options.AddPolicy(Reviewer, p => p.RequireRole(nameof(StaffRole.Reviewer), nameof(StaffRole.Admin)));
        options.AddPolicy(Admin, p => p.RequireRole(nameof(StaffRole.Admin)));
    }
}
