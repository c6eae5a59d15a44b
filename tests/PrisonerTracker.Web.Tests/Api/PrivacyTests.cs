using Microsoft.EntityFrameworkCore;
using System.Net;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>
/// The privacy matrix: a withheld person and restricted fields with sentinel values must not
/// appear in any anonymous response (body or headers, JSON or CSV, search included); admins see
/// them (other staff: see Privilege/RestrictedFieldScopeTests and RestrictedExportTests).
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class PrivacyTests(TrackerApp app) : IAsyncLifetime
{
    private const string WithheldName = "SENTINEL-WITHHELD-Qx7";
    private const string NationalId = "SENTINEL-NATIONALID-9k2";
    private const string Contact = "SENTINEL-CONTACT-3m8";
    private const string Health = "SENTINEL-HEALTH-5p1";
    private const string Private = "SENTINEL-PRIVATE-4z6";
    private Guid _withheld;
    private Guid _published;
    private Guid _announcement;
    private Guid _facility;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _facility = await app.FacilityIdAsync("El Rodeo I");
        var secrets = new RestrictedDetails(NationalId, Contact, Health, Private);
        _withheld = await app.AddAsync(WithheldName, facilityId: _facility, withheld: true, restricted: secrets, nationalities: ["ES"]);
        _published = await app.AddAsync("Published Person", facilityId: _facility, restricted: secrets, nationalities: ["ES"]);
        await using var db = app.CreateDbContext();
        var announcement = await db.Announcements.Include(a => a.NamedDetainees).FirstAsync(a => a.Speaker == "Spanish foreign ministry");
        announcement.Name(await db.Detainees.SingleAsync(d => d.Id == _withheld));
        announcement.Name(await db.Detainees.SingleAsync(d => d.Id == _published));
        _announcement = announcement.Id;
        var person = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Id == _withheld);
        person.RecordEvent(EventKind.Transferred, new EventDetails(new DateOnly(2026, 1, 20), Confidence.Verified, "entry", _facility), app.Clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private IEnumerable<string> Urls()
    {
        string[] lists =
        [
            "/api/v1/detainees", "/api/v1/detainees?limit=1", "/api/v1/detainees?q=SENTINEL", "/api/v1/detainees?q=sentinel%20withheld",
            "/api/v1/detainees?nationality=ES&limit=500", $"/api/v1/detainees?facilityId={_facility}", "/api/v1/detainees?status=held&sort=-updated",
            "/api/v1/detainees?occupation=fixture", "/api/v1/events?limit=500", "/api/v1/events?limit=1&sort=-date", $"/api/v1/events?detaineeId={_withheld}",
            $"/api/v1/events?facilityId={_facility}", "/api/v1/facilities", "/api/v1/organisations", "/api/v1/announcements?limit=500",
        ];
        foreach (var list in lists)
        {
            yield return list;
            yield return list + (list.Contains('?') ? "&" : "?") + "format=csv";
        }
        yield return $"/api/v1/detainees/{_withheld}";
        yield return $"/api/v1/detainees/{_published}";
        yield return $"/api/v1/facilities/{_facility}";
        yield return $"/api/v1/facilities/{_facility}?asOf=2026-01-25";
        yield return $"/api/v1/announcements/{_announcement}";
    }

    [Fact]
    public async Task AnonymousResponsesNeverContainWithheldPeopleOrRestrictedFields()
    {
        var client = app.CreateClient();
        foreach (var url in Urls())
        {
            var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync()
                + string.Join('\n', response.Headers.Concat(response.Content.Headers).SelectMany(h => h.Value.Select(v => $"{h.Key}: {v}")));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            foreach (var secret in new[] { WithheldName, NationalId, Contact, Health, Private, _withheld.ToString() })
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} leaks {secret}");
        }
    }

    [Fact]
    public async Task AdminsSeeWithheldPeopleAndRestrictedFields()
    {
        var client = app.CreateStaffClient("Admin");
        var list = await client.GetStringAsync("/api/v1/detainees?q=sentinel");
        Assert.Contains(WithheldName, list);
        Assert.Contains(NationalId, list);
        Assert.Contains("\"withheld\":true", list);
        var csv = await client.GetStringAsync("/api/v1/detainees?format=csv");
        Assert.Contains(WithheldName, csv);
        Assert.Contains(Health, csv);
        var profile = await client.GetStringAsync($"/api/v1/detainees/{_withheld}");
        Assert.Contains(Private, profile);
        Assert.Contains(WithheldName, await client.GetStringAsync($"/api/v1/announcements/{_announcement}"));
        Assert.Contains(WithheldName, await client.GetStringAsync($"/api/v1/events?detaineeId={_withheld}&reviewState=pending"));
    }

    [Fact]
    public async Task TotalsNamedListsAndFacilityCountsAllLeaveWithheldOut()
    {
        var anonymous = await app.CreateClient().GetJsonAsync("/api/v1/detainees?nationality=ES&includeTotal=true");
        var staff = await app.CreateStaffClient().GetJsonAsync("/api/v1/detainees?nationality=ES&includeTotal=true");
        Assert.Equal(6, anonymous.GetProperty("total").GetInt32());
        Assert.Equal(7, staff.GetProperty("total").GetInt32());

        var facility = await app.CreateClient().GetJsonAsync($"/api/v1/facilities/{_facility}?asOf=2026-01-13");
        // Counts and the list agree: nothing is left to subtract.
        Assert.Equal(5, facility.GetProperty("counts").GetProperty("held").GetProperty("count").GetInt32());
        Assert.Equal(5, facility.GetProperty("namedCount").GetInt32());
        Assert.Equal(5, facility.GetProperty("people").GetArrayLength());
    }
}
