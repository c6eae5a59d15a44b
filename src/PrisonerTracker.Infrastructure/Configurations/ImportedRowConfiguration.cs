using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Infrastructure.Imports;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class ImportedRowConfiguration : IEntityTypeConfiguration<ImportedRow>
{
    public void Configure(EntityTypeBuilder<ImportedRow> builder)
    {
        builder.ToTable("imported_rows");
        builder.HasKey(r => r.Fingerprint);
        builder.Property(r => r.Fingerprint).HasMaxLength(64);
        builder.Property(r => r.Kind).HasMaxLength(20).IsRequired();
        builder.Property(r => r.FileHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(r => r.DetaineeId);
    }
}
