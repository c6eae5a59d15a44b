using System.Net;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace.People;

/// <summary>Two people edit the same person: the second to save sees both versions and overwrites nothing.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class ConcurrentEditTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SecondSaveShowsBothVersionsAndKeepsTheFirst()
    {
        await app.CreateUserAsync("ana@example.org");
        await app.CreateUserAsync("beto@example.org");
        var ana = app.CreateBrowserLikeClient();
        var beto = app.CreateBrowserLikeClient();
        await ana.SignInAsync("ana@example.org");
        await beto.SignInAsync("beto@example.org");
        var id = PersonForms.CreatedId(await ana.PostNewAsync(PersonForms.Person("Wenceslao Urdaneta", occupation: "Teacher")));

        var anaForm = await ana.OpenEditAsync(id);
        var betoForm = await beto.OpenEditAsync(id);
        var first = await ana.PostEditAsync(id, anaForm, PersonForms.Person("Wenceslao Urdaneta", occupation: "Journalist"));
        var second = await beto.PostEditAsync(id, betoForm, PersonForms.Person("Wenceslao Urdaneta", occupation: "Lawyer"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"version-conflict\"", html);
        Assert.Matches("data-field=\"Occupation\">[^<]*<th[^>]*>[^<]*</th>\\s*<td data-testid=\"yours\">Lawyer</td>\\s*<td data-testid=\"saved\">Journalist</td>", html);
        Assert.Equal("Journalist", await OccupationAsync(id));

        // The form now carries the saved version: saving again is a deliberate choice, and goes through.
        var again = await beto.PostEditAsync(id, (Support.Workspace.Token(html), VersionIn(html)), PersonForms.Person("Wenceslao Urdaneta", occupation: "Lawyer"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Lawyer", await OccupationAsync(id));
    }

    [Fact]
    public async Task RejectedEditChangesNoRowAndShowsTheErrorBesideTheField()
    {
        await app.CreateUserAsync("ana@example.org");
        var ana = app.CreateBrowserLikeClient();
        await ana.SignInAsync("ana@example.org");
        var id = PersonForms.CreatedId(await ana.PostNewAsync(PersonForms.Person("Wenceslao Urdaneta", occupation: "Teacher")));
        var fields = PersonForms.Person("Wenceslao Urdaneta", occupation: "Journalist");
        fields["Input.Nationalities"] = "Venezuela";

        var response = await ana.PostEditAsync(id, await ana.OpenEditAsync(id), fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.Nationalities\"[^>]*>[^<]+<", await response.Content.ReadAsStringAsync());
        Assert.Equal("Teacher", await OccupationAsync(id));
    }

    [Fact]
    public async Task AnonymousVisitorIsSentToSignIn()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/workspace/people/new");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/workspace/signin?ReturnUrl=", response.Headers.Location!.ToString());
    }

    private static string VersionIn(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, """name="Input\.Version" value="(?<v>\d+)""").Groups["v"].Value;

    private async Task<string?> OccupationAsync(Guid id)
    {
        await using var db = app.CreateDbContext();
        return await db.Detainees.Where(d => d.Id == id).Select(d => d.Occupation).SingleAsync();
    }
}
