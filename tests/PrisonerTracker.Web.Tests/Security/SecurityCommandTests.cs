using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Infrastructure.Protection;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Security;

/// <summary><c>rotate-keys</c> and <c>verify-audit</c>, run as the operator runs them, on a database of their own.</summary>
public sealed class SecurityCommandTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("seccli");
    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static readonly byte[] Old = RandomNumberGenerator.GetBytes(32), New = RandomNumberGenerator.GetBytes(32);

    private static FieldProtector Keys(params string[] ids) => new(
        ids.ToDictionary(id => id, id => id == "old" ? Old : New), ids[^1], TestKeys.Key("blind index"));

    private static Dictionary<string, string> Settings(params string[] ids)
    {
        var settings = new Dictionary<string, string>(TestKeys.Settings.Where(s => !s.Key.StartsWith("Encryption:Keys:", StringComparison.Ordinal)))
        {
            ["Encryption:CurrentKeyId"] = ids[^1],
        };
        foreach (var id in ids) settings[$"Encryption:Keys:{id}"] = Convert.ToBase64String(id == "old" ? Old : New);
        return settings;
    }

    [Fact]
    public async Task RotateKeysReEncryptsEveryValueSoTheOldKeyCanBeRemoved()
    {
        Guid id;
        await using (var db = _database.CreateContext(protector: Keys("old")))
        {
            var person = new Detainee(new PersonalDetails("Rotated Person"), null);
            person.SetRestrictedDetails(new RestrictedDetails("V-ROT-1", "family@example.invalid", "asthma", "note"));
            db.Detainees.Add(person);
            await db.SaveChangesAsync();
            id = person.Id;
        }

        var rotated = await CommandLine.RunAsync(_database, Settings("old", "new"), "rotate-keys");
        Assert.True(rotated.ExitCode == 0, rotated.Output);

        await using (var db = _database.CreateContext(protector: Keys("new")))
        {
            var stored = (await db.Detainees.SingleAsync(d => d.Id == id)).Restricted;
            Assert.Equal(("V-ROT-1", "family@example.invalid", "asthma", "note"), (stored.NationalId, stored.FamilyContact, stored.HealthNotes, stored.PrivateNotes));
        }
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT national_id FROM detainee_restricted_details", connection);
        Assert.StartsWith("v1:new:", (string)(await read.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task RotateKeysReEncryptsAnImportUploadWaitingForConfirmation()
    {
        var file = System.Text.Encoding.UTF8.GetBytes("Nombre;Cédula\r\nRotada;V-ROT-2\r\n");
        var owner = new Infrastructure.Imports.ImportJobOwner("user:1", "Editor", "Editor", null, "1", "Editor", null);
        var job = new Infrastructure.Imports.ImportJob("detainees", owner, "rotada.csv", file, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(30));
        await using (var db = _database.CreateContext(protector: Keys("old")))
        {
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync();
        }

        var rotated = await CommandLine.RunAsync(_database, Settings("old", "new"), "rotate-keys");
        Assert.True(rotated.ExitCode == 0, rotated.Output);

        await using (var db = _database.CreateContext(protector: Keys("new")))
            Assert.Equal(file, (await db.ImportJobs.SingleAsync(j => j.Id == job.Id)).File());
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT content FROM import_jobs", connection);
        Assert.StartsWith("v1:new:", (string)(await read.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task VerifyAuditNamesTheFirstEntryTamperedWithByTheOwner()
    {
        await using (var db = _database.CreateContext())
        {
            foreach (var name in new[] { "First Org", "Second Org", "Third Org" }) db.Organisations.Add(new Domain.Organisations.Organisation(name, OrganisationKind.Ngo));
            await db.SaveChangesAsync();
            db.Organisations.Add(new Domain.Organisations.Organisation("Fourth Org", OrganisationKind.Media));
            await db.SaveChangesAsync();
        }
        var intact = await CommandLine.RunAsync(_database, null, "verify-audit");
        Assert.True(intact.ExitCode == 0, intact.Output);

        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var ids = new NpgsqlCommand("SELECT id FROM audit_entries ORDER BY id OFFSET 1 LIMIT 1", connection);
        var second = (long)(await ids.ExecuteScalarAsync())!;
        await using var tamper = new NpgsqlCommand($"UPDATE audit_entries SET actor_name = 'someone else' WHERE id = {second}", connection);
        await tamper.ExecuteNonQueryAsync();

        var broken = await CommandLine.RunAsync(_database, null, "verify-audit");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"broken at entry {second}", broken.Output);
    }
}
