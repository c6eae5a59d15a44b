using PrisonerTracker.Testing;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Privacy;

/// <summary>
/// The disclosure rule (docs/privacy.md) tried as an attacker would: every public surface, on
/// every date of the planted withheld people's history, must be byte for byte the same whether
/// those people were at one facility or another, of one nationality or another, arrested and
/// released on one day or another of the same month. If any response differs, some combination
/// of public figures tells the two apart, and so pins down what must stay hidden.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class DifferencingTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private static IEnumerable<DateOnly> Dates() =>
        WithheldWorld.EventDays().Where(d => d <= new DateOnly(2026, 1, 31))
            .Concat([new(2025, 11, 30), new(2025, 12, 1), new(2025, 12, 31), new(2026, 1, 1), new(2026, 1, 13), new(2026, 1, 22), new(2026, 1, 31)]);

    [Fact]
    public async Task NoPublicResponseTellsTwoVersionsOfTheWithheldPeopleApart()
    {
        await WithheldWorld.PlantAsync(app, versionB: false, app.Clock);
        var urls = await PublicSurface.UrlsAsync(app, Dates());
        var first = await PublicSurface.FetchAsync(app, urls);

        // The other version, entered later: every protected detail differs, the month-end counts do not.
        await WithheldWorld.RemoveAsync(app);
        await WithheldWorld.PlantAsync(app, versionB: true, new FixedClock(app.Clock.Now.AddHours(3)));
        var second = await PublicSurface.FetchAsync(app, urls);

        Assert.True(urls.Count > 200, $"the sweep covers {urls.Count} responses");
        var differences = first.Zip(second).Where(p => p.First != p.Second).Select(p => Describe(p.First, p.Second)).ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} public responses tell the versions apart:\n" + string.Join("\n\n", differences.Take(5)));
    }

    [Fact]
    public async Task NoPublicResponseShowsAnyFieldOrIdOfAWithheldPerson()
    {
        var ids = await WithheldWorld.PlantAsync(app, versionB: false, app.Clock);
        var urls = (await PublicSurface.UrlsAsync(app, Dates())).Concat(ids.SelectMany(id => new[]
        {
            $"/api/v1/detainees/{id}", $"/api/v1/events/{id}", $"/detainees/{id}", $"/detainees/{id}?culture=es", $"/api/v1/events?detaineeId={id}",
        }));
        var responses = await PublicSurface.FetchAsync(app, urls);

        // Every field value starts with the sentinel and a dash; a search page echoing "QQSENT" alone is no leak.
        var secrets = ids.Select(id => id.ToString()).Append(WithheldWorld.Sentinel + "-").ToList();
        var leaks = responses.SelectMany(r => secrets.Where(s => !r.Url.Contains(s, StringComparison.OrdinalIgnoreCase)
            && r.ToString().Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{r.Url} shows {s}")).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(20)));
        // Their own addresses answer as if they did not exist.
        var own = responses.Where(r => ids.Any(id => r.Url.Split('?')[0].EndsWith(id.ToString(), StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(own);
        Assert.All(own, r => Assert.True(r.Status == 404, $"{r.Url} answered {r.Status}"));
    }

    private static string Describe(PublicSurface.Response a, PublicSurface.Response b)
    {
        var (x, y) = (a.ToString(), b.ToString());
        var at = Enumerable.Range(0, Math.Min(x.Length, y.Length)).FirstOrDefault(i => x[i] != y[i], Math.Min(x.Length, y.Length));
        string Around(string s) => s.Substring(Math.Max(0, at - 120), Math.Min(s.Length - Math.Max(0, at - 120), 240));
        return $"{a.Url}\n  first : …{Around(x)}…\n  second: …{Around(y)}…";
    }
}
