using System.Net;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>Input PostgreSQL or JSON would choke on is refused with a 400 naming the field, and nothing is written.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class HostileInputTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/api/v1/detainees?q=%00", "q")]
    [InlineData("/api/v1/detainees?region=a%00b", "region")]
    [InlineData("/api/v1/facilities?region=%00", "region")]
    public async Task NulCharacterInAQueryIsABadRequestNamingIt(string url, string field)
    {
        var problem = await ProblemAssert.IsProblemAsync(await app.CreateClient().GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Equal([field], ProblemAssert.ErrorFields(problem));
    }

    [Theory]
    [InlineData("/api/v1/detainees?updatedSince=2026-01-31T00:00:00+00:00", "updatedSince", "%2B")]
    [InlineData("/api/v1/detainees?arrestedFrom=31-01-2026", "arrestedFrom", "YYYY-MM-DD")]
    [InlineData("/api/v1/detainees?facilityId=helicoide", "facilityId", "UUID")]
    [InlineData("/api/v1/detainees?minor=sometimes", "minor", "true or false")]
    public async Task MalformedValueIsExplainedByWhatItShouldLookLike(string url, string field, string hint)
    {
        var problem = await ProblemAssert.IsProblemAsync(await app.CreateClient().GetAsync(url), HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Contains(hint, message);
        Assert.DoesNotContain("helicoide", message);
    }

    [Fact]
    public async Task NulCharacterInAPageQueryGivesTheFriendlyErrorPage()
    {
        var response = await app.CreateClient().GetAsync("/detainees?q=%00");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<main", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"name":"Ana\u0000"}""", "name")]
    [InlineData("""{"name":"Ana","nameVariants":["A\u0000"]}""", "nameVariants[0]")]
    [InlineData("""{"name":"Ana","name":"Otra"}""", "name")]
    public async Task BodyWithANulCharacterOrARepeatedFieldIsRefusedAndNothingWritten(string body, string field)
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var before = await CountAsync();
        var problem = await ProblemAssert.IsProblemAsync(await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", body), HttpStatusCode.BadRequest);
        Assert.Contains(field, ProblemAssert.ErrorFields(problem));
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return db.Detainees.Count();
    }
}
