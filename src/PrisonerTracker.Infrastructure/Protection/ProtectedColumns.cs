using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Infrastructure.Access;

namespace PrisonerTracker.Infrastructure.Protection;

/// <summary>
/// Which columns are encrypted: the four restricted fields, the kept body of an idempotent
/// response (it can echo them), and an uploaded import file and its result. Also keeps the national ID's blind index in step with its value.
/// </summary>
public static class ProtectedColumns
{
    /// <summary>Shadow column beside the encrypted national ID: its keyed hash, for the duplicate check.</summary>
    public const string NationalIdIndex = "NationalIdIndex";

    /// <summary>The encrypted columns by table, for <c>rotate-keys</c>.</summary>
    public static readonly (string Table, string Key, string[] Columns)[] Tables =
    [
        ("detainee_restricted_details", "id", ["national_id", "family_contact", "health_notes", "private_notes"]),
        ("idempotency_records", "key", ["response_body"]),
        ("import_jobs", "id", ["content", "result"]),
    ];

    internal static void Apply(ModelBuilder model, FieldProtector? protector)
    {
        var converter = new ProtectedConverter(protector);
        model.Entity<Detainee>().OwnsOne(d => d.Restricted, r =>
        {
            r.Property(x => x.NationalId).HasConversion((ValueConverter)converter).HasColumnType("text");
            r.Property(x => x.FamilyContact).HasConversion((ValueConverter)converter).HasColumnType("text");
            r.Property(x => x.HealthNotes).HasConversion((ValueConverter)converter).HasColumnType("text");
            r.Property(x => x.PrivateNotes).HasConversion((ValueConverter)converter).HasColumnType("text");
        });
        model.Entity<IdempotencyRecord>().Property(r => r.ResponseBody).HasConversion((ValueConverter)converter).HasColumnType("text");
        model.Entity<Imports.ImportJob>().Property(j => j.Content).HasConversion((ValueConverter)converter).HasColumnType("text");
        model.Entity<Imports.ImportJob>().Property(j => j.Result).HasConversion((ValueConverter)converter).HasColumnType("text");
    }

    /// <summary>Recomputes the blind index of every national ID about to be saved.</summary>
    internal static void IndexNationalIds(ChangeTracker changes, FieldProtector? protector)
    {
        foreach (var entry in changes.Entries<RestrictedDetails>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            var nationalId = entry.Entity.NationalId;
            entry.Property(NationalIdIndex).CurrentValue = nationalId is null ? null
                : (protector ?? throw new EncryptionConfigurationException("No encryption key is configured.")).BlindIndex(nationalId);
        }
    }
}
