using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class DetaineeMergeConfiguration : IEntityTypeConfiguration<DetaineeMerge>
{
    public void Configure(EntityTypeBuilder<DetaineeMerge> builder)
    {
        builder.ToTable("detainee_merges");
        builder.ConfigureEntity();
        builder.PrimitiveCollection(m => m.MovedEventIds).IsRequired();
        builder.PrimitiveCollection(m => m.AddedNameVariants).IsRequired();
        builder.PrimitiveCollection(m => m.AnnouncementIds).IsRequired();
        builder.PrimitiveCollection(m => m.AnnouncementsNamingKept).IsRequired();
        builder.Property(m => m.MergedBy).HasMaxLength(200).IsRequired();
        builder.Property(m => m.MergedById).HasMaxLength(Author.IdLength);
        builder.Property(m => m.UndoneBy).HasMaxLength(200);
        builder.Ignore(m => m.IsUndone);
        // The merged-away record stays as a soft-deleted row: the merge points at both.
        builder.HasOne<Detainee>().WithMany().HasForeignKey(m => m.KeptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Detainee>().WithMany().HasForeignKey(m => m.MergedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.MergedId);
    }
}
