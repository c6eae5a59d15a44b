using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace.People;

/// <summary>Before a person is saved, likely duplicates are shown; the user opens the existing person or confirms a new one.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class DuplicateWarningTests(TrackerApp app) : IAsyncLifetime
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

    [Theory]
    [InlineData("Rocio San Miguel")]
    [InlineData("San Miguel Rocío")]
    [InlineData("ROCÍO  SAN MIGUEL")]
    public async Task NameLikeRocioSanMiguelIsWarnedOfAndNothingIsSaved(string typed)
    {
        var rocio = await app.IdOfAsync("Rocío San Miguel");
        var before = await app.PeopleCountAsync();

        var response = await _editor.PostNewAsync(PersonForms.Person(typed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"duplicate-warning\"", html);
        Assert.Equal(rocio, PersonForms.WarnedOf(html)[0]);
        Assert.Contains($"href=\"/workspace/people/{rocio}/edit\"", html);
        Assert.Equal(before, await app.PeopleCountAsync());
    }

    [Fact]
    public async Task UnrelatedNameIsSavedWithoutWarning()
    {
        var created = await _editor.PostNewAsync(PersonForms.Person("Wenceslao Urdaneta"));
        PersonForms.CreatedId(created);
    }

    [Fact]
    public async Task SameNationalIdIsWarnedWhateverTheName()
    {
        var first = PersonForms.CreatedId(await _editor.PostNewAsync(PersonForms.Person("Wenceslao Urdaneta", "V-10.200.300")));

        var response = await _editor.PostNewAsync(PersonForms.Person("Zoraida Quintero", "V-10.200.300"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal([first], PersonForms.WarnedOf(html));
        Assert.Contains("data-testid=\"same-national-id\"", html);
    }

    [Fact]
    public async Task LinkToTheExistingPersonOpensItAndCreatesNothing()
    {
        var before = await app.PeopleCountAsync();
        var html = await (await _editor.PostNewAsync(PersonForms.Person("Rocio San Miguel"))).Content.ReadAsStringAsync();

        var existing = await _editor.GetStringAsync($"/workspace/people/{PersonForms.WarnedOf(html)[0]}/edit");

        Assert.Matches("name=\"Input.Name\"[^>]*value=\"Roc(í|&#xED;)o San Miguel\"", existing);
        Assert.Equal(before, await app.PeopleCountAsync());
    }

    [Fact]
    public async Task ConfirmingADifferentPersonSavesANewRecord()
    {
        var fields = PersonForms.Person("Rocio San Miguel");
        fields["Input.ConfirmedNew"] = "true";

        var id = PersonForms.CreatedId(await _editor.PostNewAsync(fields));

        Assert.NotEqual(await app.IdOfAsync("Rocío San Miguel"), id);
        Assert.Contains("data-testid=\"saved\"", await _editor.GetStringAsync($"/workspace/people/{id}/edit?saved=true"));
    }

    [Fact]
    public async Task NationalIdHeldByAnotherOrganisationsPersonIsRefusedBesideTheFieldWithoutNamingThem()
    {
        await using (var db = app.CreateDbContext())
        {
            var other = new Domain.Organisations.Organisation("Another NGO", Domain.Common.OrganisationKind.Ngo);
            var hidden = new Domain.Detainees.Detainee(new("Persona Reservada"), other.Id);
            hidden.SetRestrictedDetails(new("E-555", null, null, null));
            db.AddRange(other, hidden);
            await db.SaveChangesAsync();
        }
        var fields = PersonForms.Person("Zoraida Quintero", "E-555");
        fields["Input.ConfirmedNew"] = "true";
        var before = await app.PeopleCountAsync();

        var html = await (await _editor.PostNewAsync(fields)).Content.ReadAsStringAsync();

        Assert.Matches("data-valmsg-for=\"Input.NationalId\"[^>]*>Another person is already recorded with this national ID.<", html);
        Assert.DoesNotContain("Persona Reservada", html);
        Assert.Equal(before, await app.PeopleCountAsync());
    }
}
