using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Access;
using PrisonerTracker.Web.Tests.Support;
using Serilog.Core;

namespace PrisonerTracker.Web.Tests.Privilege;

/// <summary>
/// Restricted fields of many people at once (the detainee list and its CSV) go to admins only,
/// and each such export is recorded in the security log, without the values.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class RestrictedExportTests(TrackerApp app) : IAsyncLifetime
{
    private const string SecretOfA = "SENTINEL-EXPORT-A-5t";
    private const string SecretOfB = "SENTINEL-EXPORT-B-8u";
    private static readonly string[] RestrictedColumns = ["nationalId", "familyContact", "healthNotes", "privateNotes"];
    private Guid _orgA;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _orgA = await app.OrganisationAsync("Organisation A");
        var orgB = await app.OrganisationAsync("Organisation B");
        await app.AddAsync("Export Person A", recordedBy: _orgA, withheld: true, restricted: new RestrictedDetails(SecretOfA, null, SecretOfA, null));
        await app.AddAsync("Export Person B", recordedBy: orgB, restricted: new RestrictedDetails(SecretOfB, SecretOfB, null, SecretOfB));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string[] Header(string csv) => csv.TrimStart('\uFEFF').Split('\n')[0].Trim().Split(',');

    [Theory]
    [InlineData(StaffRole.Editor)]
    [InlineData(StaffRole.Reviewer)]
    public async Task EditorsAndReviewersGetNoRestrictedColumnsEvenForTheirOwnOrganisationsPeople(StaffRole role)
    {
        var client = await app.ClientWithKeyAsync(role, "Desk A", _orgA);

        var csv = await client.GetStringAsync("/api/v1/detainees?format=csv");
        var list = await client.GetJsonAsync("/api/v1/detainees?limit=500");

        Assert.Contains("withheld", Header(csv));
        Assert.Empty(Header(csv).Intersect(RestrictedColumns));
        Assert.Contains("Export Person A", csv);
        Assert.Contains("Export Person A", list.Names());
        Assert.All(list.GetProperty("items").EnumerateArray(), item => Assert.False(item.TryGetProperty("restricted", out _)));
        foreach (var text in new[] { csv, list.GetRawText() })
        {
            Assert.DoesNotContain(SecretOfA, text);
            Assert.DoesNotContain(SecretOfB, text);
        }
    }

    [Fact]
    public async Task AdminsGetRestrictedColumnsOfEveryOrganisationsPeople()
    {
        var admin = await app.ClientWithKeyAsync(StaffRole.Admin, "Admin desk", _orgA);

        var csv = await admin.GetStringAsync("/api/v1/detainees?format=csv");
        var list = await admin.GetStringAsync("/api/v1/detainees?limit=500");

        Assert.Equal(RestrictedColumns, Header(csv)[^4..]);
        foreach (var text in new[] { csv, list })
        {
            Assert.Contains(SecretOfA, text);
            Assert.Contains(SecretOfB, text);
        }
    }

    [Fact]
    public async Task EveryAdminExportIsRecordedInTheAuditLogWithWhoWhenAndHowManyRowsButNoValues()
    {
        var sink = new CapturedLog();
        await using var logged = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var admin = await logged.ClientWithKeyAsync(StaffRole.Admin, "Admin desk", _orgA);
        var editor = await logged.ClientWithKeyAsync(StaffRole.Editor, "Desk A", _orgA);
        await admin.GetJsonAsync("/api/v1/detainees?limit=1");

        await admin.GetStringAsync("/api/v1/detainees?format=csv&occupation=fixture");
        await editor.GetStringAsync("/api/v1/detainees?format=csv");
        await editor.GetStringAsync($"/api/v1/detainees?limit=500");

        await using var db = app.CreateDbContext();
        var exports = await db.AuditEntries.Where(a => a.Action == "export").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["{\"export\":\"detainees\",\"rows\":1}", "{\"export\":\"detainees.csv\",\"rows\":2}"], exports.Select(e => e.Changes));
        Assert.All(exports, e =>
        {
            Assert.Equal("Admin desk", e.ActorName);
            Assert.StartsWith("api-key:", e.ActorId);
            Assert.Equal(app.Clock.GetUtcNow(), e.At);
            Assert.DoesNotContain(SecretOfA, e.Changes);
            Assert.DoesNotContain("fixture", e.Changes, StringComparison.OrdinalIgnoreCase);
        });
        Assert.DoesNotContain(SecretOfA, sink.Text);
        Assert.DoesNotContain(SecretOfB, sink.Text);
        // Nor the filter: a name search would be in it.
        Assert.DoesNotContain("fixture", sink.Text, StringComparison.OrdinalIgnoreCase);
    }

}
