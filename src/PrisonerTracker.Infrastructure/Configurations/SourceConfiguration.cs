using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Domain.Sources;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("sources", t => t.HasCheckConstraint("ck_sources_locator", "url IS NOT NULL OR document_name IS NOT NULL"));
        builder.ConfigureEntity();
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.DocumentName).HasMaxLength(300);
        builder.Property(s => s.Publisher).HasMaxLength(200);
        builder.Property(s => s.Language).HasMaxLength(10);
        builder.Ignore(s => s.Label);
    }
}
