using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Domain.Organisations;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class VerificationEventConfiguration : IEntityTypeConfiguration<VerificationEvent>
{
    public void Configure(EntityTypeBuilder<VerificationEvent> builder)
    {
        builder.ToTable("verification_events");
        builder.ConfigureEntity();
        builder.Property(e => e.EnteredBy).HasMaxLength(200).IsRequired();
        builder.Property(e => e.ReviewedBy).HasMaxLength(200);
        builder.Property(e => e.EnteredById).HasMaxLength(Author.IdLength);
        builder.Property(e => e.ReviewedById).HasMaxLength(Author.IdLength);
        builder.Property(e => e.Conditions).HasMaxLength(2000);
        builder.Property(e => e.Notes).HasMaxLength(4000);
        builder.Property(e => e.ReviewReason).HasMaxLength(FieldLimits.ReviewReason);

        // Corrections and confirmations point at other events of the same person; events are never
        // hard-deleted, so the references are kept as plain ids checked by the aggregate.
        builder.HasIndex(e => e.CorrectsEventId);
        builder.HasIndex(e => new { e.EnteredByOrganisationId, e.ReviewState });

        builder.HasOne<Facility>().WithMany().HasForeignKey(e => e.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.ReportingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Announcement>().WithMany().HasForeignKey(e => e.AnnouncementId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(e => e.Sources).WithMany().UsingEntity("event_sources");
        builder.Navigation(e => e.Sources).HasField("_sources").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The status rules read "latest event per person on or before a date".
        builder.HasIndex(e => new { e.DetaineeId, e.EventDate, e.EnteredAt });
        builder.HasIndex(e => new { e.EventDate, e.Kind });
        // The events list and the dashboard's feed in date order (newest first, ties by id): read in index
        // order and stop at the page, instead of sorting a whole day's events (1,564 on a busy day at 500,000).
        builder.HasIndex(e => new { e.EventDate, e.Id }).HasDatabaseName("ix_verification_events_event_date_id").HasFilter("deleted_at IS NULL");
        builder.HasIndex(e => e.ReviewState);
    }
}
