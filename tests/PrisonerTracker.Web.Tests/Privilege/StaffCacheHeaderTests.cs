using System.Net;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Privilege;

/// <summary>Staff responses may carry withheld people and restricted fields: no cache may keep them or hand them to anyone else.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class StaffCacheHeaderTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private static void AssertPrivateNoStore(HttpResponseMessage response, string what)
    {
        var cache = response.Headers.CacheControl;
        Assert.True(cache is { Private: true, NoStore: true, Public: false }, $"{what} ({(int)response.StatusCode}): Cache-Control {cache}");
        Assert.True(response.Headers.Vary.Contains("Authorization", StringComparer.OrdinalIgnoreCase), $"{what}: Vary {response.Headers.Vary}");
    }

    [Fact]
    public async Task EveryStaffResponseOfTheDetaineeEndpointsIsPrivateNoStoreAndVariesByAuthorization()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor, "Desk A");
        var reviewer = await app.ClientWithKeyAsync(StaffRole.Reviewer, "Desk B");
        var id = await app.AddAsync("Cache Person", withheld: true);
        var url = $"/api/v1/detainees/{id}";

        var profile = await editor.GetAsync(url);
        var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(profile.Headers.ETag!);
        var notModified = await editor.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        var patched = await editor.PatchMergeAsync(url, new { withheld = false }, profile.Headers.ETag!.ToString());
        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["profile"] = profile,
            ["304"] = notModified,
            ["list"] = await editor.GetAsync("/api/v1/detainees"),
            ["csv"] = await editor.GetAsync("/api/v1/detainees?format=csv"),
            ["create"] = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Nueva" }),
            ["patch"] = patched,
            ["refused delete"] = await editor.DeleteAsync(url),
            ["publication"] = await reviewer.SendJsonAsync(HttpMethod.Post, $"{url}/publication", new { decision = "approve" }),
        };

        Assert.Equal(HttpStatusCode.Forbidden, responses["refused delete"].StatusCode);
        Assert.Equal(HttpStatusCode.OK, responses["publication"].StatusCode);
        foreach (var (what, response) in responses) AssertPrivateNoStore(response, what);
    }

    [Fact]
    public async Task AdminExportsAndOtherStaffReadsArePrivateNoStoreToo()
    {
        var admin = await app.ClientWithKeyAsync(StaffRole.Admin);

        AssertPrivateNoStore(await admin.GetAsync("/api/v1/detainees?format=csv"), "admin csv");
        AssertPrivateNoStore(await admin.GetAsync("/api/v1/events?reviewState=pending"), "pending events");
        AssertPrivateNoStore(await app.CreateStaffClient("Editor").GetAsync("/api/v1/detainees"), "signed-in staff list");
    }

    [Fact]
    public async Task AnonymousResponsesAreNotMarkedPrivate()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/detainees");

        Assert.NotEqual(true, response.Headers.CacheControl?.Private);
    }
}
