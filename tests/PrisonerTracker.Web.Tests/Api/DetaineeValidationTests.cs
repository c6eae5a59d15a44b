using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

[Collection(TrackerAppCollection.Name)]
public sealed class DetaineeValidationTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("stauts=held", "stauts")]
    [InlineData("asOf=2026-13-45", "asOf")]
    [InlineData("releasedTo=yesterday", "releasedTo")]
    [InlineData("updatedSince=noon", "updatedSince")]
    [InlineData("status=freed", "status")]
    [InlineData("status=3", "status")]
    [InlineData("gender=x", "gender")]
    [InlineData("military=perhaps", "military")]
    [InlineData("facilityId=not-a-guid", "facilityId")]
    [InlineData("nationality=ESP", "nationality")]
    [InlineData("sort=age", "sort")]
    [InlineData("cursor=garbage", "cursor")]
    [InlineData("limit=abc", "limit")]
    [InlineData("q=a+b+c+d+e+f+g+h+i+j+k", "q")]
    [InlineData("q=a%09b%09c%09d%09e%09f%09g%09h%09i%09j%09k", "q")]
    public async Task InvalidQueryIsRejectedNamingTheField(string query, string field)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/detainees?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(field, problem.ErrorFields());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task InvalidValueIsNotEchoed()
    {
        var body = await (await app.CreateClient().GetAsync("/api/v1/detainees?asOf=SENTINEL-VALUE")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("SENTINEL-VALUE", body);
    }

    [Fact]
    public async Task CursorOfAnotherSortIsRejected()
    {
        var client = app.CreateClient();
        var first = await client.GetJsonAsync("/api/v1/detainees?limit=2&sort=name");
        var cursor = first.GetProperty("nextCursor").GetString();
        var problem = await client.GetJsonAsync($"/api/v1/detainees?limit=2&sort=-updated&cursor={cursor}", HttpStatusCode.BadRequest);
        Assert.Equal(["cursor"], problem.ErrorFields());
    }
}
