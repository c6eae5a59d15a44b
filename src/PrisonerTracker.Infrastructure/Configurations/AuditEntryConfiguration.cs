using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Infrastructure.Auditing;

namespace PrisonerTracker.Infrastructure.Configurations;

/// <summary>The app's role may only insert and read here (see <see cref="DatabaseRoles"/>).</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.ActorId).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Address).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(20).IsRequired();
        builder.Property(a => a.RecordType).HasMaxLength(40).IsRequired();
        builder.Property(a => a.Changes).HasColumnType("text").IsRequired();
        builder.Property(a => a.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(a => a.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(a => new { a.RecordType, a.RecordId });
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.ActorId);
    }
}
