using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Domain.Organisations;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.ConfigureEntity();
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Country).HasMaxLength(2);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.HasIndex(o => o.Name).IsUnique().HasFilter("deleted_at IS NULL");
    }
}
