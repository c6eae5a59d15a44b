using System.Net;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Pages;

/// <summary>
/// What the project itself wrote into the demo records (offices, scopes, charges, conditions, notes,
/// organisation names) reads in the page's language; quotes stay as spoken, with a translation.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class RecordedTextPageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("en", "President of the National Assembly", "\"not political prisoners, but some politicians who had broken the law\"; no time window")]
    [InlineData("es", "Presidente de la Asamblea Nacional", "«no presos políticos, sino algunos políticos que habían violado la ley»; sin periodo")]
    public async Task OfficeAndScopeReadInThePagesLanguage(string culture, string office, string scope)
    {
        var html = WebUtility.HtmlDecode(await PageAsync($"/announcements/{await AnnouncementAsync("Jorge Rodríguez", 13)}?culture={culture}"));

        Assert.Contains($"<dd>{office}</dd>", html);
        Assert.Contains($"<dd>{scope}</dd>", html);
    }

    [Theory]
    [InlineData("en", null)]
    [InlineData("es", "Se concedió la decisión de liberar a algunos presos")]
    public async Task AnEnglishQuoteStaysAsSpokenWithASpanishTranslationForSpanishReaders(string culture, string? translation)
    {
        var html = await PageAsync($"/announcements/{await AnnouncementAsync("Jorge Rodríguez", 13)}?culture={culture}");

        Assert.Contains("<blockquote class=\"quote\" lang=\"en\" data-testid=\"quote\">The decision to release some prisoners", html);
        if (translation is null) Assert.DoesNotContain("data-testid=\"translation\"", html);
        else Assert.Contains($"<q lang=\"es\" data-testid=\"translation\">{translation}", html);
    }

    [Fact]
    public async Task ASpanishQuoteHasItsEnglishTranslationForEnglishReaders()
    {
        var html = await PageAsync($"/announcements/{await AnnouncementAsync("Foro Penal", 5)}?culture=en");

        Assert.Contains("<blockquote class=\"quote\" lang=\"es\" data-testid=\"quote\">Hasta el 5 de enero de 2026", html);
        Assert.Contains("<q lang=\"en\" data-testid=\"translation\">As of 5 January 2026, the NGO Foro Penal reports 806", html);
    }

    [Theory]
    [InlineData("en", "Treason, conspiracy and terrorism", "Precautionary measures and a ban on speaking publicly", "Human-rights defender")]
    [InlineData("es", "Traición a la patria, conspiración y terrorismo", "Medidas cautelares y prohibición de hablar públicamente", "Defensora de derechos humanos")]
    public async Task ChargesConditionsAndOccupationReadInThePagesLanguage(string culture, string charges, string conditions, string occupation)
    {
        var html = await PageAsync($"/detainees/{await app.DetaineeIdAsync("Rocío San Miguel")}?culture={culture}");

        Assert.Contains($"<dd>{charges}</dd>", html);
        Assert.Contains(conditions, html);
        Assert.Contains($"<dd>{occupation}", html);
    }

    [Fact]
    public async Task OrganisationNamesTheProjectWroteAreTranslatedAndNamesAsCalledStayAsCalled()
    {
        var html = await PageAsync("/announcements?culture=es");

        Assert.Contains("Autoridad penitenciaria venezolana", html);
        Assert.DoesNotContain("Venezuelan penitentiary authority", html);
        Assert.Contains("Plataforma Unitaria Democrática", html);
        Assert.Contains("Gobierno de Venezuela <span class=\"hint\">(gobierno)</span>", html);
    }

    [Theory]
    [InlineData("/?asOf=2026-01-22&culture=en")]
    [InlineData("/?asOf=2026-01-22&culture=es")]
    [InlineData("/announcements?culture=en")]
    [InlineData("/announcements?culture=es")]
    [InlineData("/detainees/{rocio}?culture=en")]
    public async Task NoNameIsFollowedByItselfInParentheses(string path)
    {
        var html = await PageAsync(path.Replace("{rocio}", (await app.DetaineeIdAsync("Rocío San Miguel")).ToString()));

        Assert.DoesNotMatch(@"([\p{L}][\p{L} .'-]+) \(\1\)", System.Net.WebUtility.HtmlDecode(html));
    }

    private async Task<string> PageAsync(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<Guid> AnnouncementAsync(string speaker, int day)
    {
        await using var db = app.CreateDbContext();
        return await db.Announcements.Where(a => a.Speaker == speaker && a.Date == new DateOnly(2026, 1, day)).Select(a => a.Id).SingleAsync();
    }
}
