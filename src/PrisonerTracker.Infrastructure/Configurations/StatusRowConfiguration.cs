using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Infrastructure.ReadModel;

namespace PrisonerTracker.Infrastructure.Configurations;

/// <summary>Read with SQL only (no table of its own): the read model or the status function shape it.</summary>
public sealed class StatusRowConfiguration : IEntityTypeConfiguration<StatusRow>
{
    public void Configure(EntityTypeBuilder<StatusRow> builder)
    {
        builder.HasNoKey().ToTable((string?)null);
    }
}
