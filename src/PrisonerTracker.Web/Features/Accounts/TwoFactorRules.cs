using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>Which roles must sign in with two factors; admins change it on the users page.</summary>
public sealed class TwoFactorRules(TrackerDbContext db, SecurityEvents events)
{
    /// <summary>Reviewers approve facts and admins manage accounts: a stolen password alone must not be enough for them.</summary>
    public static bool RequiredByDefault(StaffRole role) => role is StaffRole.Reviewer or StaffRole.Admin;

    public async Task<IReadOnlyDictionary<StaffRole, bool>> AllAsync()
    {
        var stored = await db.TwoFactorRules.AsNoTracking().ToDictionaryAsync(r => r.Role, r => r.Required);
        return Enum.GetValues<StaffRole>().ToDictionary(r => r, r => stored.TryGetValue(r.ToString(), out var required) ? required : RequiredByDefault(r));
    }

    public async Task<bool> IsRequiredAsync(StaffRole role) => (await AllAsync())[role];

    public async Task SetAsync(IReadOnlyCollection<StaffRole> required, Guid actorId)
    {
        foreach (var role in Enum.GetValues<StaffRole>())
        {
            var rule = await db.TwoFactorRules.FindAsync(role.ToString());
            if (rule is null) db.TwoFactorRules.Add(new TwoFactorRule(role.ToString(), required.Contains(role)));
            else rule.Require(required.Contains(role));
        }
        await db.SaveChangesAsync();
        await events.AccountChangedAsync(actorId, actorId, "two-factor-rule", $"two-factor required for: {string.Join(", ", required.Order())}");
    }
}
