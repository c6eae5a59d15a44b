using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Infrastructure.Protection;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class DetaineeConfiguration : IEntityTypeConfiguration<Detainee>
{
    /// <summary>Shadow column: folded name and variants (lower case, no accents, also without spaces).</summary>
    public const string SearchText = "SearchText";

    public void Configure(EntityTypeBuilder<Detainee> builder)
    {
        builder.ToTable("detainees");
        builder.ConfigureEntity();
        builder.Property(d => d.Name).HasMaxLength(200).IsRequired();
        builder.PrimitiveCollection(d => d.NameVariants).IsRequired();
        builder.PrimitiveCollection(d => d.Nationalities).IsRequired();
        builder.Property(d => d.Occupation).HasMaxLength(200);
        builder.Property(d => d.Region).HasMaxLength(100);
        builder.Property(d => d.ArrestingAgency).HasMaxLength(200);
        builder.Property(d => d.Charges).HasMaxLength(1000);
        builder.Property(d => d.Sentence).HasMaxLength(300);
        builder.Property(d => d.ReleaseConditions).HasMaxLength(2000);
        builder.Ignore(d => d.FirstArrestDate);

        builder.Property<string>(SearchText)
            .HasComputedColumnSql("tracker_search_text(name, name_variants)", stored: true);
        builder.HasIndex(SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(d => d.Withheld);
        // The list's default order: a page of 50 walks this index instead of sorting everyone.
        builder.HasIndex(d => new { d.Name, d.Id }).HasFilter("deleted_at IS NULL");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.RecordingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(d => d.PendingPublication, request =>
        {
            request.Property(r => r.RequestedBy).HasMaxLength(200);
            request.Property(r => r.RequestedById).HasMaxLength(Author.IdLength);
        });

        // Restricted fields live in their own table: a public query never joins it.
        builder.OwnsOne(d => d.Restricted, restricted =>
        {
            restricted.ToTable("detainee_restricted_details");
            restricted.WithOwner().HasForeignKey("DetaineeId");
            // Ciphertext (see ProtectedColumns): no length limit here, the domain limits the plain value.
            restricted.Property<string>(ProtectedColumns.NationalIdIndex).HasMaxLength(64);
            restricted.HasIndex(ProtectedColumns.NationalIdIndex);
        });
        builder.Navigation(d => d.Restricted).IsRequired();

        builder.HasMany(d => d.Events).WithOne().HasForeignKey(e => e.DetaineeId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
