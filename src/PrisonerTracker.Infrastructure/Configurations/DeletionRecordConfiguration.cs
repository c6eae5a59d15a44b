using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class DeletionRecordConfiguration : IEntityTypeConfiguration<DeletionRecord>
{
    public void Configure(EntityTypeBuilder<DeletionRecord> builder)
    {
        builder.ToTable("deletions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).UseIdentityAlwaysColumn();
        builder.Property(d => d.RecordType).HasMaxLength(40).IsRequired();
        builder.Property(d => d.Reason).HasMaxLength(40).IsRequired();
        builder.HasIndex(d => d.At);
    }
}
