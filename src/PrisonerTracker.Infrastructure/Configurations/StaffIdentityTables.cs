using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure.Access;

namespace PrisonerTracker.Infrastructure.Configurations;

/// <summary>
/// Identity's tables, named for what they hold (staff_…). Identity picks its schema version from
/// the app's options, which the design-time and test contexts do not have; the parts of schema
/// version 3 (passkeys, key lengths) are therefore stated here, so every context builds one model.
/// </summary>
internal static class StaffIdentityTables
{
    private const int MaxKeyLength = 128;

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StaffUser>(b =>
        {
            b.ToTable("staff_users");
            b.Property(u => u.PhoneNumber).HasMaxLength(256);
        });
        modelBuilder.Entity<IdentityUserClaim<Guid>>().ToTable("staff_user_claims");
        modelBuilder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.ToTable("staff_user_logins");
            b.Property(l => l.LoginProvider).HasMaxLength(MaxKeyLength);
            b.Property(l => l.ProviderKey).HasMaxLength(MaxKeyLength);
        });
        modelBuilder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.ToTable("staff_user_tokens");
            b.Property(t => t.LoginProvider).HasMaxLength(MaxKeyLength);
            b.Property(t => t.Name).HasMaxLength(MaxKeyLength);
        });
        modelBuilder.Entity<IdentityUserPasskey<Guid>>(b =>
        {
            b.ToTable("staff_user_passkeys");
            b.HasKey(p => p.CredentialId);
            b.Property(p => p.CredentialId).HasMaxLength(1024);  // WebAuthn: at most 1023 bytes
            b.OwnsOne(p => p.Data).ToJson();
            b.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.UserId).IsRequired();
        });
    }
}
