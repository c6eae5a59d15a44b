using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

[Collection(TrackerAppCollection.Name)]
public sealed class RequestLimitTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReturnsPayloadTooLargeGivenBodyOverOneMebibyte()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var body = $$"""{"name":"Ana","charges":"{{new string('x', 1024 * 1024)}}"}""";

        var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CountAsync("Ana"));
    }

    [Fact]
    public async Task ReturnsPayloadTooLargeGivenChunkedBodyOverOneMebibyte()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"name":"Ana","charges":"{{new string('x', 1100 * 1024)}}"}""")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/detainees") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        await ProblemAssert.IsProblemAsync(await editor.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task FormOverOneMebibyteIsRefusedWithTheTooLargePageAndSavesNothing()
    {
        var form = new FormUrlEncodedContent([new("Input.Culture", "en"), new("Input.ReturnUrl", "/" + new string('x', 1100 * 1024))]);

        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).PostAsync("/culture", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Too much sent at once", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Set-Cookie"), "the refused form still switched the language");
    }

    [Fact]
    public async Task ReturnsUnsupportedMediaTypeGivenNonJsonBody()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", "name=Ana", contentType: "text/plain");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await CountAsync("Ana"));
    }

    [Fact]
    public async Task RetryWithSameIdempotencyKeyReturnsFirstResultAndCreatesNothing()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var person = new { name = "Ana Idempotente" };

        var first = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", person, idempotencyKey: "k-1");
        var retry = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", person, idempotencyKey: "k-1");

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal("application/json", retry.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await CountAsync("Ana Idempotente"));

        var reused = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Someone Else" }, idempotencyKey: "k-1");
        await ProblemAssert.IsProblemAsync(reused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await CountAsync("Someone Else"));
    }

    [Fact]
    public async Task IdempotencyKeysExpireAfterOneDayAndAreScopedPerCaller()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk one");
        var other = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk two");
        var person = new { name = "Ana Caduca" };

        await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", person, idempotencyKey: "k-2");
        Assert.Equal(HttpStatusCode.Created, (await other.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", person, idempotencyKey: "k-2")).StatusCode);
        app.Clock.Now = app.Clock.Now.AddHours(25);
        await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", person, idempotencyKey: "k-2");

        Assert.Equal(3, await CountAsync("Ana Caduca"));
    }

    [Fact]
    public async Task FailedRequestIsNotKeptSoItCanBeRetried()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        await ProblemAssert.IsProblemAsync(await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "" }, idempotencyKey: "k-3"), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Ana" }, idempotencyKey: "k-3")).StatusCode);
    }

    [Fact]
    public async Task ReturnsTooManyRequestsWithRetryAfterOverTheLimit()
    {
        await using var limited = app.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:AnonymousPerMinute", "2").UseSetting("RateLimiting:KeyPerMinute", "3"));
        var anonymous = limited.CreateClient();
        var keyed = await limited.ClientWithKeyAsync(StaffRole.Editor);

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/stats/summary")).StatusCode);
        var refused = await anonymous.GetAsync("/api/v1/stats/summary");

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        // A key has its own budget, unaffected by the anonymous one.
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync("/api/v1/stats/summary")).StatusCode);
        await ProblemAssert.IsProblemAsync(await keyed.GetAsync("/api/v1/stats/summary"), HttpStatusCode.TooManyRequests);
    }

    private async Task<int> CountAsync(string name)
    {
        await using var db = app.CreateDbContext();
        return await db.Detainees.CountAsync(d => d.Name == name);
    }
}
