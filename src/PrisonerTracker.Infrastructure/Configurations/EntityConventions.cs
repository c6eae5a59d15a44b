using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Infrastructure.Configurations;

internal static class EntityConventions
{
    /// <summary>Id, timestamps, soft delete and the xmin concurrency token, the same for every aggregate.</summary>
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> builder) where T : Entity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsRowVersion();
        builder.Property(e => e.CreatedAt);
        builder.Property(e => e.UpdatedAt);
        builder.Ignore(e => e.IsDeleted);
        builder.HasIndex(e => new { e.UpdatedAt, e.Id });
        builder.HasQueryFilter(e => e.DeletedAt == null);
    }
}
