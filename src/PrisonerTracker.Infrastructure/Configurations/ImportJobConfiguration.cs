using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Infrastructure.Imports;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("import_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Kind).HasMaxLength(20).IsRequired();
        builder.Property(j => j.OwnerId).HasMaxLength(200).IsRequired();
        builder.Property(j => j.OwnerName).HasMaxLength(256).IsRequired();
        builder.Property(j => j.Role).HasMaxLength(20).IsRequired();
        builder.Property(j => j.ActorId).HasMaxLength(200).IsRequired();
        builder.Property(j => j.ActorName).HasMaxLength(256).IsRequired();
        builder.Property(j => j.ActorAddress).HasMaxLength(64);
        builder.Property(j => j.FileName).HasMaxLength(200).IsRequired();
        builder.Property(j => j.DateFormat).HasMaxLength(8);
        builder.Property(j => j.Error).HasMaxLength(1000);
        // Workers claim the oldest queued job; the sweep finds expired and stale ones.
        builder.HasIndex(j => new { j.Status, j.QueuedAt });
        builder.HasIndex(j => j.ExpiresAt);
    }
}
