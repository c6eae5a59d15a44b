using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Infrastructure.Access;

namespace PrisonerTracker.Infrastructure.Configurations;

/// <summary>Identity's user table, with the organisation and role the workspace needs.</summary>
public sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.Role).HasMaxLength(20);
        // An organisation with staff cannot be deleted out from under them.
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OrganisationId);
    }
}
