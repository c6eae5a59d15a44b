using Microsoft.Playwright;

namespace PrisonerTracker.Web.Tests.Browser;

/// <summary>The journalists' record pages in a real browser: search, a person's record, the facility map.</summary>
public sealed class RecordPagesBrowserTests(BrowserApp app) : BrowserTest(app)
{
    [Fact]
    public async Task SearchFormFindsRocioWithoutAccents()
    {
        var page = await OpenAsync("/detainees");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("rocio san miguel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=rocio"));
        var rows = page.Locator("table[data-testid=detainees] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First.GetByRole(AriaRole.Link)).ToHaveTextAsync("Rocío San Miguel");
        await Assertions.Expect(rows.First).ToContainTextAsync("released with conditions");
    }

    [Fact]
    public async Task DetaineePageShowsTimelineOfTwoEventsAndCiteBlockWithWorkingCopy()
    {
        var page = await OpenAsync("/detainees?q=rocio", new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        await page.GetByRole(AriaRole.Link, new() { Name = "Rocío San Miguel" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Rocío San Miguel");
        var events = page.Locator("[data-testid=timeline] > li");
        await Assertions.Expect(events).ToHaveCountAsync(2);
        await Assertions.Expect(events.Nth(0)).ToContainTextAsync("arrested");
        await Assertions.Expect(events.Nth(0)).ToContainTextAsync("verified");
        await Assertions.Expect(events.Nth(1)).ToContainTextAsync("released with conditions");
        await Assertions.Expect(events.Nth(1)).ToContainTextAsync("confirmed");

        var cite = page.Locator("[data-testid=cite-block]");
        await Assertions.Expect(cite).ToBeVisibleAsync();
        await Assertions.Expect(cite.Locator("textarea")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(
            "^PrisonerTracker, \"Rocío San Miguel\", record [0-9a-f-]{36}, http://127\\.0\\.0\\.1:\\d+/detainees/[0-9a-f-]{36}\\?knownAt=2026-01-31T12:00:00Z, accessed 31 January 2026\\.$"));
        var copy = cite.GetByRole(AriaRole.Button, new() { Name = "Copy citation" });
        await Assertions.Expect(copy).ToBeVisibleAsync();
        await copy.ClickAsync();
        await Assertions.Expect(cite.GetByRole(AriaRole.Status)).ToHaveTextAsync("Citation copied to the clipboard.");
        Assert.StartsWith("PrisonerTracker, \"Rocío San Miguel\"", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task CiteBlockIsUsableWithoutJavaScript()
    {
        var page = await OpenAsync("/detainees?q=rocio", new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GetByRole(AriaRole.Link, new() { Name = "Rocío San Miguel" }).ClickAsync();
        var cite = page.Locator("[data-testid=cite-block]");
        await Assertions.Expect(cite.Locator("textarea")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("accessed 31 January 2026\\.$"));
        await Assertions.Expect(cite.GetByRole(AriaRole.Button)).ToBeHiddenAsync();
    }

    [Fact]
    public async Task FacilityMarkerIsReachableWithTheKeyboardAndOpensTheFacility()
    {
        var page = await OpenAsync("/facilities");
        var markers = page.Locator("[data-testid=facility-map] a.marker");
        await Assertions.Expect(markers).ToHaveCountAsync(2);

        var focusedMarker = false;
        for (var i = 0; i < 40 && !focusedMarker; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focusedMarker = await page.EvaluateAsync<bool>("() => document.activeElement?.matches('svg a.marker') ?? false");
        }
        Assert.True(focusedMarker, "no map marker received keyboard focus");
        var name = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/facilities/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
    }

    [Fact]
    public async Task FacilityListShowsTheMapBesideTheTable()
    {
        var page = await OpenAsync("/facilities");
        var map = page.Locator("svg[data-testid=facility-map]");
        await Assertions.Expect(map).ToBeVisibleAsync();
        await Assertions.Expect(map.GetByRole(AriaRole.Link, new() { Name = "El Helicoide" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table[data-testid=facilities] tbody tr")).ToHaveCountAsync(2);
        var box = await map.BoundingBoxAsync();
        Assert.True(box is { Width: > 300, Height: > 150 }, "the map has room to be read");
        // Left focused, so the screenshot shows the marker's focus indicator.
        await map.GetByRole(AriaRole.Link, new() { Name = "El Rodeo I" }).FocusAsync();
        await Assertions.Expect(map.GetByRole(AriaRole.Link, new() { Name = "El Rodeo I" })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task AnnouncementPageInSpanishKeepsTheQuoteInItsOwnLanguage()
    {
        var page = await OpenAsync("/announcements?claim=released&organisationKind=government", new BrowserNewContextOptions { Locale = "es-ES" });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Anuncios: quién afirmó qué y cuándo");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Jorge Rodríguez" }).Filter(new() { HasText = "sin cifra" })
            .GetByRole(AriaRole.Link).ClickAsync();

        var quote = page.Locator("blockquote[data-testid=quote]");
        await Assertions.Expect(quote).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(quote).ToContainTextAsync("número importante de personas");
        await Assertions.Expect(page.Locator("[data-testid=window]")).ToContainTextAsync("sin fecha final");
        await Assertions.Expect(page.Locator("[data-testid=gap-difference]")).ToContainTextAsync("no se afirmó ninguna cifra");
    }

    [Fact]
    public async Task PrintedPeopleListLeavesOutTheFormAndKeepsTheTable()
    {
        var page = await OpenAsync("/detainees?status=held");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("form.filters")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("table[data-testid=detainees]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".badge").First).ToHaveCSSAsync("background-color", "rgba(0, 0, 0, 0)");
    }

    [Fact]
    public async Task RecordPagesFitANarrowScreen()
    {
        var page = await OpenAsync("/facilities", new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        await page.Locator("table[data-testid=facilities] a").First.ClickAsync();
        var facility = page.Url;
        await page.GotoAsync("/announcements");
        await page.Locator("table[data-testid=announcements] tbody a").First.ClickAsync();
        var announcement = page.Url;
        foreach (var path in new[] { "/detainees", "/detainees?q=rocio", "/facilities", facility, "/announcements", announcement })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"{path} scrolls sideways at 360 px");
        }
        await page.GotoAsync("/detainees?q=rocio");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rocío San Miguel" }).ClickAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"), "a person's page scrolls sideways at 360 px");
    }
}
