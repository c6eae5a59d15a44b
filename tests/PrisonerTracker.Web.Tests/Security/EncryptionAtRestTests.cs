using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PrisonerTracker.Infrastructure.Protection;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;
using Serilog.Core;

namespace PrisonerTracker.Web.Tests.Security;

/// <summary>Restricted fields are encrypted by the app: SQL sees ciphertext, the API the values, and tampering is loud.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class EncryptionAtRestTests(TrackerApp app) : IAsyncLifetime
{
    private const string NationalId = "V-SENTINEL-ENC-4711", Health = "SENTINEL-HEALTH-ENC";

    private static object Person(string name, string nationalId) =>
        new { name, restricted = new { nationalId, healthNotes = Health, familyContact = "SENTINEL-FAMILY-ENC" } };

    public Task InitializeAsync() => app.ResetAsync(demo: false);
    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string[]> RawRowAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString()!)];
    }

    [Fact]
    public async Task RestrictedValuesWrittenThroughTheApiAreCiphertextInSqlAndRoundTripThroughTheApi()
    {
        var sink = new CapturedLog();
        await using var logged = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var editor = await logged.ClientWithKeyAsync(StaffRole.Admin);
        var created = await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", Person("Cifrada Persona", NationalId), idempotencyKey: "enc-1")).JsonAsync();
        var id = created.GetProperty("id").GetString();

        var stored = await RawRowAsync("SELECT national_id, health_notes, family_contact, private_notes FROM detainee_restricted_details");
        Assert.All(stored[..3], value => Assert.StartsWith("v1:test1:", value));
        Assert.Equal("", stored[3]);
        var kept = await RawRowAsync("SELECT response_body FROM idempotency_records");
        Assert.StartsWith("v1:test1:", kept[0]);
        var dump = string.Join("\n", (await RawRowAsync("SELECT string_agg(t::text, ' ') FROM detainee_restricted_details t"))
            .Concat(await RawRowAsync("SELECT string_agg(t::text, ' ') FROM idempotency_records t"))
            .Concat(await RawRowAsync("SELECT string_agg(t::text, ' ') FROM audit_entries t")));
        Assert.DoesNotContain("SENTINEL", dump);

        var profile = await editor.GetJsonAsync($"/api/v1/detainees/{id}");
        Assert.Equal(NationalId, profile.GetProperty("restricted").GetProperty("nationalId").GetString());
        Assert.Equal(Health, profile.GetProperty("restricted").GetProperty("healthNotes").GetString());
        Assert.DoesNotContain("SENTINEL", sink.Text);
    }

    [Fact]
    public async Task ADuplicateNationalIdIsStillDetectedThroughItsKeyedHash()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Admin);
        Assert.Equal(HttpStatusCode.Created, (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", Person("Primera", NationalId))).StatusCode);

        // Written differently (case, dashes, spaces): the same document.
        var again = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", Person("Segunda", " v sentinel-enc 4711 "));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("restricted.nationalId", (await again.JsonAsync()).GetProperty("detail").GetString());
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.Detainees.CountAsync());
        var index = await RawRowAsync("SELECT national_id_index FROM detainee_restricted_details");
        Assert.Equal(TestKeysProtector.BlindIndex(NationalId), index[0]);
    }

    [Fact]
    public async Task TamperedCiphertextFailsLoudlyInsteadOfReadingAsText()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Admin);
        var id = (await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", Person("Alterada", NationalId))).JsonAsync()).GetProperty("id").GetString();
        var stored = (await RawRowAsync("SELECT national_id FROM detainee_restricted_details"))[0];
        var flipped = stored[..^3] + (stored[^3] == 'A' ? 'B' : 'A') + stored[^2..];
        await RawRowAsync($"UPDATE detainee_restricted_details SET national_id = '{flipped}' RETURNING 1");

        await using var db = app.CreateDbContext();
        await Assert.ThrowsAsync<TamperedValueException>(() => db.Detainees.ToListAsync());
        var response = await editor.GetAsync($"/api/v1/detainees/{id}");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain(NationalId, await response.Content.ReadAsStringAsync());
    }

    private static FieldProtector TestKeysProtector => Testing.TestKeys.Protector;
}
