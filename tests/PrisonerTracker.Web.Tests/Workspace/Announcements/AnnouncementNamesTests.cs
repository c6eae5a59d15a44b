using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;
using PrisonerTracker.Web.Tests.Workspace.People;

namespace PrisonerTracker.Web.Tests.Workspace.Announcements;

/// <summary>A pasted list of names is matched to the register with scores; confirmed lines become the announcement's named people.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class AnnouncementNamesTests(TrackerApp app) : IAsyncLifetime
{
    private HttpClient _editor = null!;
    private Guid _announcement;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        await app.CreateUserAsync("editor@example.org");
        _editor = app.CreateBrowserLikeClient();
        await _editor.SignInAsync("editor@example.org");
        await using var db = app.CreateDbContext();
        _announcement = await db.Announcements.Where(a => !a.NamedDetainees.Any()).OrderBy(a => a.Date).Select(a => a.Id).FirstAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Page => $"/workspace/announcements/{_announcement}/names";

    [Fact]
    public async Task EachListedNameIsMatchedWithItsScoreAndConfirmedLinesAreNamed()
    {
        var rocio = await app.IdOfAsync("Rocío San Miguel");
        var enrique = await app.IdOfAsync("Enrique Márquez");

        var matched = await _editor.PostFormAsync(Page, new() { ["Text"] = "SAN MIGUEL, Rocio\nEnrique Marquez\nWenceslao Urdaneta\n" }, Page + "?handler=Match");
        var html = await matched.Content.ReadAsStringAsync();

        Assert.Matches($"id=\"line-0-{rocio}\"[^>]*data-score=\"1.00\"", html);
        Assert.Matches($"id=\"line-1-{enrique}\"[^>]*data-score=\"1.00\"", html);
        Assert.DoesNotMatch("id=\"line-2-[0-9a-f]{8}-", html);

        var confirmed = await _editor.PostAsync(Page + "?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Support.Workspace.Token(html), ["Version"] = VersionIn(html),
            ["Lines[0].Name"] = "SAN MIGUEL, Rocio", ["Lines[0].Choice"] = rocio.ToString(),
            ["Lines[1].Name"] = "Enrique Marquez", ["Lines[1].Choice"] = "skip",
            ["Lines[2].Name"] = "Wenceslao Urdaneta", ["Lines[2].Choice"] = "new",
        }));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var named = await NamedAsync();
        Assert.Equal(["Rocío San Miguel", "Wenceslao Urdaneta"], named);
    }

    [Fact]
    public async Task LineLeftUnansweredIsShownBesideItAndNothingIsSaved()
    {
        var html = await (await _editor.PostFormAsync(Page, new() { ["Text"] = "Wenceslao Urdaneta\nJavier Tarazona" }, Page + "?handler=Match")).Content.ReadAsStringAsync();
        var before = await app.PeopleCountAsync();

        var response = await _editor.PostAsync(Page + "?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Support.Workspace.Token(html), ["Version"] = VersionIn(html),
            ["Lines[0].Name"] = "Wenceslao Urdaneta", ["Lines[0].Choice"] = "new",
            ["Lines[1].Name"] = "Javier Tarazona",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Lines\\[1\\].Choice\"[^>]*>Choose a person", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.PeopleCountAsync());
        Assert.Empty(await NamedAsync());
    }

    private async Task<List<string>> NamedAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.Announcements.Where(a => a.Id == _announcement).SelectMany(a => a.NamedDetainees.Select(d => d.Name)).OrderBy(n => n).ToListAsync();
    }

    private static string VersionIn(string html) => VersionField().Match(html).Groups["v"].Value;

    [GeneratedRegex("""name="Version" value="(?<v>\d+)""")]
    private static partial Regex VersionField();
}
