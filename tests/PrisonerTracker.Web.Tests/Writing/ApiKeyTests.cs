using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

[Collection(TrackerAppCollection.Name)]
public sealed class ApiKeyTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AdminCreatesKeyThatAuthenticatesAndIsListedWithoutSecret()
    {
        var admin = await app.ClientWithKeyAsync(StaffRole.Admin);
        await using var db = app.CreateDbContext();
        var organisation = await db.Organisations.Where(o => o.Name.StartsWith("Foro Penal")).Select(o => o.Id).FirstAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "Foro Penal desk", organisationId = organisation, role = "Editor" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var secret = created.GetProperty("key").GetString()!;
        Assert.StartsWith("pt_", secret);
        Assert.Equal($"/api/v1/api-keys/{created.GetProperty("apiKey").GetProperty("id").GetString()}", response.Headers.Location?.ToString());
        var list = await admin.GetStringAsync("/api/v1/api-keys");
        Assert.Contains("Foro Penal desk", list);
        Assert.DoesNotContain(secret, list);
        Assert.DoesNotContain(secret[12..], list);
        var stored = await db.ApiKeys.SingleAsync(k => k.Name == "Foro Penal desk");
        Assert.Equal(32, stored.SecretHash.Length);
        Assert.Equal("Editor", stored.Role);

        var editor = app.CreateClient();
        editor.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        await ProblemAssert.IsProblemAsync(await editor.GetAsync("/api/v1/api-keys"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ReturnsUnauthorizedWithBearerChallengeGivenNoKey()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/api-keys");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("pt_0000aaaa_not-a-real-secret")]
    [InlineData("garbage")]
    public async Task ReturnsUnauthorizedGivenInvalidKeyEvenOnPublicPaths(string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var response = await client.GetAsync("/api/v1/stats/summary");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task RevokedKeyNoLongerAuthenticates()
    {
        var admin = await app.ClientWithKeyAsync(StaffRole.Admin);
        var other = await app.CreateApiKeyAsync(StaffRole.Admin, "Second admin");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", other.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/api-keys")).StatusCode);

        var revoked = await admin.DeleteAsync($"/api/v1/api-keys/{other.ApiKey.Id}");

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(app.Clock.Now, (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revokedAt").GetDateTimeOffset());
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/api-keys"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RecordsLastUseAtMostOncePerMinute()
    {
        var key = await app.CreateApiKeyAsync(StaffRole.Admin);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        var first = app.Clock.Now;

        await client.GetAsync("/api/v1/api-keys");
        app.Clock.Now = first.AddSeconds(30);
        await client.GetAsync("/api/v1/api-keys");
        Assert.Equal(first, await LastUsedAsync(key.ApiKey.Id));

        app.Clock.Now = first.AddMinutes(2);
        await client.GetAsync("/api/v1/api-keys");
        Assert.Equal(first.AddMinutes(2), await LastUsedAsync(key.ApiKey.Id));
    }

    [Fact]
    public async Task ReturnsBadRequestNamingFieldsGivenInvalidCreateRequest()
    {
        var admin = await app.ClientWithKeyAsync(StaffRole.Admin);

        var missing = await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "x" }), HttpStatusCode.BadRequest);
        Assert.Equal(["organisationId", "role"], ProblemAssert.ErrorFields(missing).Order());

        var unknownRole = await ProblemAssert.IsProblemAsync(
            await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", organisationId = Guid.NewGuid(), role = "Owner" }), HttpStatusCode.BadRequest);
        Assert.Equal(["role"], ProblemAssert.ErrorFields(unknownRole));

        var extra = await ProblemAssert.IsProblemAsync(
            await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", role = "Editor", secret = "mine" }), HttpStatusCode.BadRequest);
        Assert.Equal(["secret"], ProblemAssert.ErrorFields(extra));
    }

    private async Task<DateTimeOffset?> LastUsedAsync(Guid id)
    {
        await using var db = app.CreateDbContext();
        return await db.ApiKeys.Where(k => k.Id == id).Select(k => k.LastUsedAt).SingleAsync();
    }
}
