using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Domain.Facilities;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> builder)
    {
        builder.ToTable("facilities", t =>
            t.HasCheckConstraint("ck_facilities_population", "reported_population_low IS NULL OR reported_population_high IS NULL OR reported_population_low <= reported_population_high"));
        builder.ConfigureEntity();
        builder.Property(f => f.Name).HasMaxLength(200).IsRequired();
        builder.Property(f => f.Operator).HasMaxLength(200);
        builder.Property(f => f.Region).HasMaxLength(100);
        builder.Property(f => f.City).HasMaxLength(100);
        builder.HasIndex(f => f.Name);
    }
}
