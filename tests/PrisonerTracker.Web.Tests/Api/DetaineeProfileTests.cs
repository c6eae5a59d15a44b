using Microsoft.EntityFrameworkCore;
using System.Net;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

[Collection(TrackerAppCollection.Name)]
public sealed class DetaineeProfileTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ProfileShowsStatusTimelineSourcesAndAnnouncements()
    {
        var id = await app.DetaineeIdAsync("Rocío San Miguel");
        var profile = await app.CreateClient().GetJsonAsync($"/api/v1/detainees/{id}?asOf=2026-01-13");
        Assert.Equal("released-conditional", profile.GetProperty("status").GetString());
        var timeline = profile.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["arrested", "released-conditional"], timeline.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("El Helicoide", timeline[0].GetProperty("facility").GetProperty("name").GetString());
        Assert.Equal("Foro Penal", timeline[1].GetProperty("reportingOrganisation").GetProperty("name").GetString());
        Assert.Contains(timeline[1].GetProperty("sources").EnumerateArray(), s => s.GetProperty("label").GetString() == "seeds/002_27ceb510760b8103.txt");
        Assert.Equal(2, profile.GetProperty("namedIn").GetArrayLength());
        Assert.False(profile.TryGetProperty("restricted", out _));
    }

    [Fact]
    public async Task StatusOnEarlierDateIsHeldAtFacility()
    {
        var id = await app.DetaineeIdAsync("Rocío San Miguel");
        var profile = await app.CreateClient().GetJsonAsync($"/api/v1/detainees/{id}?asOf=2025-06-01");
        Assert.Equal("held", profile.GetProperty("status").GetString());
        Assert.Equal("El Helicoide", profile.GetProperty("currentFacility").GetProperty("name").GetString());
    }

    [Fact]
    public async Task PendingEventsAreShownToStaffOnly()
    {
        var id = await app.DetaineeIdAsync("Perkins Rocha");
        await using (var db = app.CreateDbContext())
        {
            var person = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Id == id);
            person.RecordEvent(EventKind.Transferred, new EventDetails(new DateOnly(2026, 1, 20), Confidence.Verified, "entry"), app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
        var path = $"/api/v1/detainees/{id}";
        var anonymous = await app.CreateClient().GetJsonAsync(path);
        var staff = await app.CreateStaffClient().GetJsonAsync(path);
        Assert.DoesNotContain(anonymous.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("reviewState").GetString() == "pending");
        Assert.Contains(staff.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("reviewState").GetString() == "pending");
        Assert.Equal(anonymous.GetProperty("timeline").GetArrayLength() + 1, staff.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task UnknownWithheldAndDeletedAnswerTheSameNotFound()
    {
        var withheld = await app.AddAsync("Withheld Person", withheld: true);
        var deleted = await app.AddAsync("Deleted Person");
        await using (var db = app.CreateDbContext())
        {
            var person = await db.Detainees.SingleAsync(d => d.Id == deleted);
            person.MarkDeleted(app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
        var client = app.CreateClient();
        var bodies = new List<string>();
        foreach (var id in new[] { Guid.CreateVersion7(), withheld, deleted })
        {
            var response = await client.GetAsync($"/api/v1/detainees/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            bodies.Add(System.Text.RegularExpressions.Regex.Replace(await response.Content.ReadAsStringAsync(), "\"traceId\":\"[^\"]*\"", ""));
        }
        Assert.Single(bodies.Distinct());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateStaffClient().GetAsync($"/api/v1/detainees/{withheld}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateStaffClient().GetAsync($"/api/v1/detainees/{deleted}")).StatusCode);
    }

    [Fact]
    public async Task MalformedIdIsRejectedNamingIt()
    {
        var problem = await app.CreateClient().GetJsonAsync("/api/v1/detainees/not-an-id", HttpStatusCode.BadRequest);
        Assert.Equal(["id"], problem.ErrorFields());
    }
}
