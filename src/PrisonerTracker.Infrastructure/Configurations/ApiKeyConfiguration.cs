using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Infrastructure.Access;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(200).IsRequired();
        builder.Property(k => k.Role).HasMaxLength(20).IsRequired();
        builder.Property(k => k.Prefix).HasMaxLength(20).IsRequired();
        builder.Property(k => k.SecretHash).HasMaxLength(32).IsRequired();
        builder.Property(k => k.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(k => k.IsRevoked);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(k => k.UserId);
    }
}
