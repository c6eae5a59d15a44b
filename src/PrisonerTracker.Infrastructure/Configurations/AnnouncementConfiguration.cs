using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Organisations;

namespace PrisonerTracker.Infrastructure.Configurations;

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        builder.ToTable("announcements", t =>
            t.HasCheckConstraint("ck_announcements_range", "claimed_low IS NULL OR claimed_high IS NULL OR claimed_low <= claimed_high"));
        builder.ConfigureEntity();
        builder.Property(a => a.Speaker).HasMaxLength(200).IsRequired();
        builder.Property(a => a.SpeakerOffice).HasMaxLength(200);
        builder.Property(a => a.Scope).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Quote).HasMaxLength(4000);
        builder.Property(a => a.QuoteLanguage).HasMaxLength(10);
        builder.Property(a => a.QuoteTranslation).HasMaxLength(4000);
        builder.ComplexProperty(a => a.Number, number =>
        {
            number.Property(n => n.Qualifier).HasColumnName("number_qualifier");
            number.Property(n => n.Low).HasColumnName("claimed_low");
            number.Property(n => n.High).HasColumnName("claimed_high");
            number.Ignore(n => n.Headline);
            number.Ignore(n => n.IsPrecise);
        });
        builder.Property(a => a.Role).IsRequired();
        builder.Ignore(a => a.IsOfficialClaim);
        builder.Ignore(a => a.IsOfficialReleaseClaim);
        builder.Ignore(a => a.IsIndependentCount);
        builder.Property(a => a.Partial).IsRequired();
        // A few groups per tally, always read with it: a JSON column, not a table.
        builder.OwnsMany(a => a.Breakdown, part => part.ToJson("breakdown"));
        builder.Navigation(a => a.Breakdown).HasField("_breakdown").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Sources).WithMany().UsingEntity("announcement_sources");
        builder.Navigation(a => a.Sources).HasField("_sources").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.NamedDetainees).WithMany().UsingEntity("announcement_detainees");
        builder.Navigation(a => a.NamedDetainees).HasField("_namedDetainees").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(a => a.Date);
    }
}
