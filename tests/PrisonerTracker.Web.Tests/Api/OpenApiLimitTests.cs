using System.Net;
using System.Text.Json;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>
/// The limits the OpenAPI document declares are the ones the API enforces: a value at the declared
/// limit is accepted, one past it is refused with a 400 naming the field. The limits are read from
/// the document, so a change on either side alone fails here.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class OpenApiLimitTests(TrackerApp app) : IAsyncLifetime
{
    private JsonElement _document;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement.Clone();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("q")]
    [InlineData("region")]
    [InlineData("occupation")]
    public async Task QueryStringAtItsDeclaredMaxLengthPassesAndOnePastIsRefused(string name)
    {
        var max = Parameter("/api/v1/detainees", name).GetProperty("maxLength").GetInt32();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/detainees?{name}={new string('a', max)}")).StatusCode);
        var refused = await client.GetAsync($"/api/v1/detainees?{name}={new string('a', max + 1)}");
        Assert.Equal([name], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("/api/v1/detainees")]
    [InlineData("/api/v1/events")]
    [InlineData("/api/v1/deletions?since=2026-01-01T00:00:00Z&")]
    public async Task LimitWithinItsDeclaredRangePassesAndOutsideIsRefused(string url)
    {
        var path = url.Split('?')[0];
        var schema = Parameter(path, "limit");
        var (min, max) = (schema.GetProperty("minimum").GetInt32(), schema.GetProperty("maximum").GetInt32());
        var client = app.CreateClient();
        var separator = url.Contains('?') ? "" : "?";
        foreach (var ok in new[] { min, max })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{url}{separator}limit={ok}")).StatusCode);
        foreach (var bad in new[] { min - 1, max + 1 })
        {
            var refused = await client.GetAsync($"{url}{separator}limit={bad}");
            Assert.Equal(["limit"], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest)));
        }
    }

    [Fact]
    public async Task BodyFieldsAtTheirDeclaredLimitsPassAndOnePastIsRefused()
    {
        var properties = _document.GetProperty("components").GetProperty("schemas").GetProperty("DetaineeRequest").GetProperty("properties");
        var name = properties.GetProperty("name").GetProperty("maxLength").GetInt32();
        var variants = properties.GetProperty("nameVariants");
        var (count, each) = (variants.GetProperty("maxItems").GetInt32(), variants.GetProperty("items").GetProperty("maxLength").GetInt32());
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);

        var atLimit = new { name = new string('a', name), nameVariants = Enumerable.Repeat(new string('b', each), count) };
        Assert.Equal(HttpStatusCode.Created, (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", atLimit)).StatusCode);
        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { name = new string('a', name + 1) }, "name"),
                     (new { name = "Ana", nameVariants = Enumerable.Repeat("b", count + 1) }, "nameVariants"),
                     (new { name = "Ana", nameVariants = new[] { new string('b', each + 1) } }, "nameVariants"),
                 })
        {
            var refused = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", body);
            Assert.Equal([field], ProblemAssert.ErrorFields(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest)));
        }
    }

    [Fact]
    public void EveryOperationDeclaresTheRateLimitRefusalAndEveryAnswerTheBudget()
    {
        foreach (var path in _document.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                var responses = operation.Value.GetProperty("responses");
                var where = $"{operation.Name} {path.Name}";
                var tooMany = responses.GetProperty("429");
                Assert.True(tooMany.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{where}: 429 is not problem+json");
                Assert.True(tooMany.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{where}: 429 without Retry-After");
                foreach (var response in responses.EnumerateObject().Where(r => r.Name[0] is '2' or '4'))
                    Assert.True(response.Value.GetProperty("headers").TryGetProperty("X-RateLimit-Remaining", out _), $"{where} {response.Name}: no budget header");
            }
    }

    private JsonElement Parameter(string path, string name) =>
        _document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");
}
