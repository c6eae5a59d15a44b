using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

/// <summary>Recording claims and tallies through the write API: roles, partial counts, breakdowns, wording.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class AnnouncementRoleWriteTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpResponseMessage> PostAsync(string organisation, object extra)
    {
        await using var db = app.CreateDbContext();
        var id = await db.Organisations.Where(o => o.Name == organisation).Select(o => o.Id).SingleAsync();
        var body = JsonSerializer.SerializeToNode(new { speaker = "Vocera", organisationId = id, date = "2026-01-23", scope = "political prisoners" })!.AsObject();
        foreach (var (name, value) in JsonSerializer.SerializeToNode(extra)!.AsObject().ToList()) body[name] = value?.DeepClone();
        return await (await app.ClientWithKeyAsync(StaffRole.Editor)).SendJsonAsync(HttpMethod.Post, "/api/v1/announcements", body.ToJsonString());
    }

    [Theory]
    [InlineData("Government of Venezuela", "claim")]
    [InlineData("Foro Penal", "tally")]
    [InlineData("Plataforma Unitaria Democrática", "tally")]
    [InlineData("Ministerio de Asuntos Exteriores de España", "tally")]
    public async Task NewAnnouncementTakesItsOrganisationKindsRole(string organisation, string role)
    {
        var response = await PostAsync(organisation, new { claim = "Released", numberQualifier = "exact", claimedLow = 10 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(role, (await response.JsonAsync()).GetProperty("role").GetString());
    }

    [Fact]
    public async Task RoleGivenInTheRequestOverridesTheDefaultAndGivesTheClaimAGap()
    {
        var response = await PostAsync("Foro Penal", new { role = "claim", claim = "Released", numberQualifier = "more-than", claimedLow = 300 });

        var id = (await response.JsonAsync()).GetProperty("id").GetString();
        var gap = await app.CreateClient().GetJsonAsync($"/api/v1/announcements/{id}/gap");
        Assert.Equal(("claim", "more than 300"), (gap.GetProperty("claim").GetProperty("role").GetString(), gap.GetProperty("claim").GetProperty("number").GetString()));
        Assert.Equal(130, gap.GetProperty("independent").GetProperty("difference").GetProperty("fromHighest").GetInt32());
    }

    [Fact]
    public async Task PromiseOfReleasesRecordedAsATallyIsRefusedNamingRole()
    {
        var response = await PostAsync("Foro Penal", new { role = "tally", claim = "ToBeReleased", numberQualifier = "none" });

        Assert.Equal(["role"], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity)));
    }

    [Theory]
    [InlineData("role", "rumour")]
    [InlineData("numberQualifier", "approximately")]
    public async Task UnknownNameIsRefusedNamingItsField(string field, string value)
    {
        var extra = new Dictionary<string, object?> { ["claim"] = "Released", ["numberQualifier"] = "exact", ["claimedLow"] = 1, [field] = value };

        var response = await PostAsync("Foro Penal", extra);

        Assert.Equal([field], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task HeldTallyKeepsItsBreakdownAndALargerGroupIsRefused()
    {
        var stored = await PostAsync("Foro Penal", new
        {
            claim = "Detained", numberQualifier = "exact", claimedLow = 900, breakdown = new[] { new { group = "military", count = 170 } },
        });
        var id = (await stored.JsonAsync()).GetProperty("id").GetString();
        var read = await app.CreateClient().GetJsonAsync($"/api/v1/announcements/{id}");
        var part = Assert.Single(read.GetProperty("announcement").GetProperty("breakdown").EnumerateArray());
        Assert.Equal(("military", 170), (part.GetProperty("group").GetString(), part.GetProperty("count").GetInt32()));

        var refused = await PostAsync("Foro Penal", new
        {
            claim = "Detained", numberQualifier = "exact", claimedLow = 10, breakdown = new[] { new { group = "women", count = 11 } },
        });
        Assert.Equal(["breakdown"], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.UnprocessableEntity)));
    }

    [Fact]
    public async Task TallyOfOnlyPartOfThePeopleNeverEntersTheRangeButAWholeOneDoes()
    {
        await PostAsync("UN Independent International Fact-Finding Mission on Venezuela",
            new { claim = "Released", numberQualifier = "exact", claimedLow = 999, partial = true });
        var partial = await app.CreateClient().GetJsonAsync("/api/v1/stats/summary?asOf=2026-01-23");
        Assert.Equal(170, partial.GetProperty("independent").GetProperty("releases").GetProperty("high").GetProperty("figure").GetInt32());

        await PostAsync("UN Independent International Fact-Finding Mission on Venezuela", new { claim = "Released", numberQualifier = "exact", claimedLow = 999 });
        var whole = await app.CreateClient().GetJsonAsync("/api/v1/stats/summary?asOf=2026-01-23");
        Assert.Equal(999, whole.GetProperty("independent").GetProperty("releases").GetProperty("high").GetProperty("figure").GetInt32());
    }
}
