using System.Net;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

/// <summary>Enum values in request bodies: the kebab-case of the responses and query strings, or the names written before it (still accepted).</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class EnumValueTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("ForeignGovernment")]
    [InlineData("foreign-government")]
    [InlineData("foreignGovernment")]
    [InlineData("FOREIGN_GOVERNMENT")]
    public async Task AcceptsTheKebabCaseOrTheOlderNameAndAnswersInKebabCase(string kind)
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/organisations", new { name = "Ministerio de Asuntos Exteriores", kind });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("foreign-government", (await response.JsonAsync()).GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("\"martian\"")]
    [InlineData("2")]
    [InlineData("null")]
    public async Task RefusesANumberOrAnUnknownNameListingTheValidOnes(string kind)
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var body = $$"""{"name":"Nueva ONG","kind":{{kind}}}""";
        var problem = await ProblemAssert.IsProblemAsync(
            await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/organisations", body), HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("kind")[0].GetString()!;
        if (kind != "null") Assert.Contains("government, foreign-government, ngo", message);
        Assert.DoesNotContain("martian", message);
    }
}
