using System.Net;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

/// <summary>Read a record, change it with the ETag the read gave: the loop every client writes.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class ReadThenWriteTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("facilities", "El Helicoide", "{\"city\":\"Caracas (Distrito Capital)\"}")]
    [InlineData("organisations", "Foro Penal", "{\"website\":\"https://foropenal.com\"}")]
    [InlineData("announcements", null, "{\"speakerOffice\":\"Asamblea Nacional\"}")]
    public async Task PatchWithTheETagOfTheRecordsGetSucceedsOnceThenIsStale(string resource, string? name, string patch)
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var id = await IdAsync(editor, resource, name);
        var read = await editor.GetAsync($"/api/v1/{resource}/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var tag = read.Headers.ETag!;
        Assert.False(tag.IsWeak);

        Assert.Equal(HttpStatusCode.OK, (await editor.PatchMergeAsync($"/api/v1/{resource}/{id}", patch, tag.ToString())).StatusCode);
        await ProblemAssert.IsProblemAsync(await editor.PatchMergeAsync($"/api/v1/{resource}/{id}", patch, tag.ToString()), HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task RecordETagWeakenedByACompressingProxyStillMatches()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var id = await IdAsync(editor, "facilities", "El Helicoide");
        var tag = (await editor.GetAsync($"/api/v1/facilities/{id}")).Headers.ETag!;
        var weakened = "W/" + tag.Tag;
        Assert.Equal(HttpStatusCode.OK, (await editor.PatchMergeAsync($"/api/v1/facilities/{id}", "{\"city\":\"Caracas\"}", weakened)).StatusCode);
    }

    [Fact]
    public async Task WeakListETagIsRefusedWithAnExplanation()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var id = await IdAsync(editor, "facilities", "El Helicoide");
        var list = await editor.GetAsync("/api/v1/facilities");
        var problem = await ProblemAssert.IsProblemAsync(
            await editor.PatchMergeAsync($"/api/v1/facilities/{id}", "{\"city\":\"Caracas\"}", list.Headers.ETag!.ToString()), HttpStatusCode.PreconditionFailed);
        Assert.Contains("strong ETag", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task OneOrganisationCanBeReadAndAnUnknownIdIsNotFound()
    {
        var client = app.CreateClient();
        var id = await IdAsync(client, "organisations", "Foro Penal");
        var organisation = await client.GetJsonAsync($"/api/v1/organisations/{id}");
        Assert.Equal(("Foro Penal", "ngo"), (organisation.GetProperty("name").GetString(), organisation.GetProperty("kind").GetString()));
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/organisations/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    private static async Task<string> IdAsync(HttpClient client, string resource, string? name)
    {
        var page = await client.GetJsonAsync($"/api/v1/{resource}?limit=500");
        var items = page.GetProperty("items").EnumerateArray();
        var item = name is null ? items.First() : items.Single(i => i.GetProperty("name").GetString() == name);
        return item.GetProperty("id").GetString()!;
    }
}
