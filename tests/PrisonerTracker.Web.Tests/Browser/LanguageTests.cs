using Microsoft.Playwright;

namespace PrisonerTracker.Web.Tests.Browser;

public sealed class LanguageTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task LanguageSwitchTurnsPageSpanishAndBackAndIsRememberedAcrossPages()
    {
        var page = await OpenAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Presos políticos: cifras oficiales y hechos verificados");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        Assert.Contains(await page.Context.CookiesAsync(), c => c.Name == ".AspNetCore.Culture" && c.Value.Contains("es"));

        // Following a link keeps the chosen language: it comes from the cookie, not from the address.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Metodología" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, "/methodology").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Cómo contamos");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, "/methodology").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("How we count");
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Political prisoners: claims and verified facts");
    }

    [Fact]
    public async Task SpanishBrowserGetsSpanishPagesByDefault()
    {
        var page = await OpenAsync("/", new BrowserNewContextOptions { Locale = "es-VE" });
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Presos políticos: cifras oficiales y hechos verificados");
        await Assertions.Expect(page.Locator(".skip-link")).ToHaveTextAsync("Saltar al contenido principal");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Español" })).ToHaveAttributeAsync("aria-current", "true");
    }

    [Fact]
    public async Task ChartLegendFollowsThePageLanguage()
    {
        var page = await OpenAsync("/?culture=es&asOf=2026-01-22");
        var figure = page.Locator("figure[data-testid=claims-timeline]");
        await Assertions.Expect(figure).ToHaveAttributeAsync("data-chart-state", "drawn");
        var series = await figure.Locator("canvas").EvaluateAsync<string[]>("c => Chart.getChart(c).data.datasets.map(d => d.label)");
        Assert.Equal(["Cifra oficial", "Casos con nombre verificados excarcelados desde el 23 dic 2025", "Recuentos independientes, el más bajo", "Recuentos independientes, el más alto", "Recuentos independientes, intervalo"], series);
    }
}
