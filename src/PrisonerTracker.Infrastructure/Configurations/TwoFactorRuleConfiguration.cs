using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Infrastructure.Access;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class TwoFactorRuleConfiguration : IEntityTypeConfiguration<TwoFactorRule>
{
    public void Configure(EntityTypeBuilder<TwoFactorRule> builder)
    {
        builder.ToTable("two_factor_rules");
        builder.HasKey(r => r.Role);
        builder.Property(r => r.Role).HasMaxLength(20);
    }
}
