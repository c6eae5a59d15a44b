using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Domain.Sources;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Infrastructure.Auditing;
using PrisonerTracker.Infrastructure.Imports;
using PrisonerTracker.Infrastructure.Protection;

namespace PrisonerTracker.Infrastructure;

/// <summary>
/// The unit of work for the whole domain, staff accounts (ASP.NET Core Identity) and the Data
/// Protection key ring included: one database, one migration history. Timestamps, the deletions
/// feed, the blind index and the audit log are written here, in the same transaction as the change.
/// </summary>
public sealed partial class TrackerDbContext(DbContextOptions<TrackerDbContext> options, TimeProvider? clock = null,
    FieldProtector? protector = null, IAuditActorSource? actor = null)
    : IdentityUserContext<StaffUser, Guid, IdentityUserClaim<Guid>, IdentityUserLogin<Guid>, IdentityUserToken<Guid>, IdentityUserPasskey<Guid>>(options),
      IDataProtectionKeyContext
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Encrypts restricted columns; null only at design time (migrations), when no value is read or written.</summary>
    public FieldProtector? Protector { get; } = protector;

    public DbSet<Detainee> Detainees => Set<Detainee>();
    public DbSet<VerificationEvent> Events => Set<VerificationEvent>();
    public DbSet<DetaineeMerge> Merges => Set<DetaineeMerge>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<DeletionRecord> Deletions => Set<DeletionRecord>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<TwoFactorRule> TwoFactorRules => Set<TwoFactorRule>();
    public DbSet<ImportedRow> ImportedRows => Set<ImportedRow>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
        ProtectedColumns.Apply(modelBuilder, Protector);
        Configurations.StaffIdentityTables.Configure(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    private DateTimeOffset Stamp()
    {
        if (KnownAt is not null)
            throw new InvalidOperationException("A context reading as known at an earlier instant cannot write.");
        var now = _clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Entity.Touch(now);
        }
        // Mirrors learn of removals from the deletions feed, written in the same transaction.
        Deletions.AddRange(DeletionTracking.Detect(ChangeTracker, now));
        ProtectedColumns.IndexNationalIds(ChangeTracker, Protector);
        return now;
    }
}
