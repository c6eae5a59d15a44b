using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>Facilities and organisations are added and corrected in the workspace; errors sit beside fields and a stale form overwrites nothing.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class CatalogPagesTests(TrackerApp app) : IAsyncLifetime
{
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        await app.CreateUserAsync("editor@example.org");
        _editor = app.CreateBrowserLikeClient();
        await _editor.SignInAsync("editor@example.org");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FacilityIsAddedAndAStaleEditShowsBothVersions()
    {
        var created = await _editor.PostFormAsync("/workspace/facilities/new", new() { ["Input.Name"] = "Zona 7", ["Input.Kind"] = "Police", ["Input.IsOpen"] = "true" });
        var edit = created.Headers.Location!.ToString().Split('?')[0];
        var stale = await _editor.GetStringAsync(edit);

        var first = await _editor.PostFormAsync(edit, new() { ["Input.Name"] = "Zona 7", ["Input.Kind"] = "Police", ["Input.City"] = "Caracas", ["Input.Version"] = VersionIn(stale) });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await _editor.PostAsync(edit, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Support.Workspace.Token(stale), ["Input.Version"] = VersionIn(stale),
            ["Input.Name"] = "Zona 7", ["Input.Kind"] = "Police", ["Input.City"] = "Boleíta",
        }));

        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"version-conflict\"", html);
        Assert.Matches("data-field=\"City\"", html);
        await using var db = app.CreateDbContext();
        Assert.Equal("Caracas", await db.Facilities.Where(f => f.Name == "Zona 7").Select(f => f.City).SingleAsync());
    }

    [Fact]
    public async Task FacilityWithOnlyALatitudeIsRefusedBesideTheFieldAndNotSaved()
    {
        var response = await _editor.PostFormAsync("/workspace/facilities/new", new() { ["Input.Name"] = "Zona 9", ["Input.Kind"] = "Police", ["Input.Latitude"] = "10.5" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.Latitude\"[^>]*>Give both", await response.Content.ReadAsStringAsync());
        await using var db = app.CreateDbContext();
        Assert.False(await db.Facilities.AnyAsync(f => f.Name == "Zona 9"));
    }

    [Fact]
    public async Task OrganisationNameAlreadyTakenIsRefusedBesideTheName()
    {
        await using var db = app.CreateDbContext();
        var taken = await db.Organisations.Select(o => o.Name).FirstAsync();
        var count = await db.Organisations.CountAsync();

        var response = await _editor.PostFormAsync("/workspace/organisations/new", new() { ["Input.Name"] = taken, ["Input.Kind"] = "Ngo" });

        Assert.Matches("data-valmsg-for=\"Input.Name\"[^>]*>[^<]+<", await response.Content.ReadAsStringAsync());
        Assert.Equal(count, await db.Organisations.CountAsync());
        var added = await _editor.PostFormAsync("/workspace/organisations/new", new() { ["Input.Name"] = "Justicia y Proceso", ["Input.Kind"] = "Ngo", ["Input.Country"] = "ve" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("VE", await db.Organisations.Where(o => o.Name == "Justicia y Proceso").Select(o => o.Country).SingleAsync());
    }

    private static string VersionIn(string html) => VersionField().Match(html).Groups["v"].Value;

    [GeneratedRegex("""name="Input\.Version" value="(?<v>\d+)""")]
    private static partial Regex VersionField();
}
