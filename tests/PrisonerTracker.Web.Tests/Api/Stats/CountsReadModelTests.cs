using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Infrastructure.Protection;
using PrisonerTracker.Infrastructure.Synthetic;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api.Stats;

/// <summary>
/// Figures as known now come from the counts read model (Sql/09_status_counts.sql); with <c>knownAt</c>
/// they come from the status rule over the events as known then. Asked as known now, both must give
/// the same summary, breakdowns and time series, on a register of varied synthetic histories (withheld
/// people, re-arrests, several releases, pending and rejected facts).
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class CountsReadModelTests(TrackerApp app) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 2, 2, 12, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await app.ResetAsync(demo: false);
        await SyntheticGenerator.GenerateAsync(app.Database.ConnectionString,
            new SyntheticOptions { Detainees = 400, Facilities = 12, Events = 2400, Announcements = 40, Seed = 7 },
            app.Services.GetRequiredService<FieldProtector>());
        // After every synthetic entry, so "known now" and "known at now" hold the same facts.
        app.Clock.Now = Now;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("2025-03-15", "verified", false)]
    [InlineData("2026-01-10", "reported", true)]
    [InlineData("2026-01-31", "verified", true)]
    [InlineData("2026-01-31", "confirmed", false)]
    [InlineData("2026-02-02", "claimed", true)]
    public async Task SummaryFromTheReadModelEqualsTheRuleOverTheEvents(string asOf, string threshold, bool staff)
    {
        var client = staff ? await app.ClientWithKeyAsync(StaffRole.Reviewer) : app.CreateClient();
        var query = $"/api/v1/stats/summary?asOf={asOf}&minConfidence={threshold}&since=2024-06-01";

        var model = await client.GetJsonAsync(query);
        var rule = await client.GetJsonAsync($"{query}&knownAt={Uri.EscapeDataString(Now.ToString("O"))}");

        var register = model.GetProperty("register");
        Assert.True(register.GetProperty("namedPeople").GetInt32() > 100, "the register should hold most of the synthetic people");
        Assert.True(register.GetProperty("breakdowns").GetProperty("detained").GetProperty("facility").GetArrayLength() > 1);
        Assert.Equal(Comparable(model, "knowledge"), Comparable(rule, "knowledge"));
    }

    [Theory]
    [InlineData("2025-11-20", "2026-02-02", "day", "verified")]
    [InlineData("2024-06-01", "2026-02-02", "week", "reported")]
    [InlineData("2024-01-31", "2026-02-02", "month", "confirmed")]
    public async Task TimeseriesFromTheReadModelEqualsTheRuleOverTheEvents(string from, string to, string interval, string threshold)
    {
        var query = $"/api/v1/stats/timeseries?from={from}&to={to}&interval={interval}&minConfidence={threshold}";

        var model = await app.CreateClient().GetJsonAsync(query);
        var rule = await app.CreateClient().GetJsonAsync($"{query}&knownAt={Uri.EscapeDataString(Now.ToString("O"))}");

        var points = model.GetProperty("points").EnumerateArray().ToList();
        Assert.Contains(points, p => p.GetProperty("verifiedReleasesSinceFrom").GetInt32() > 0);
        Assert.Contains(points, p => p.GetProperty("newArrests").GetInt32() > 0);
        Assert.Equal(Comparable(model, "knownAt"), Comparable(rule, "knownAt"));
    }

    /// <summary>The document without the property that only says how it was computed.</summary>
    private static string Comparable(JsonElement json, string drop)
    {
        var node = JsonNode.Parse(json.GetRawText())!.AsObject();
        node.Remove(drop);
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
