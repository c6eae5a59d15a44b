using System.Text.Json;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api.Stats;

/// <summary>On 13 January the demo's 11 detained are 10 men and 1 woman; the one verified release is a woman.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class BreakdownSuppressionTests(TrackerApp app) : IAsyncLifetime
{
    private const string Url = "/api/v1/stats/summary?asOf=2026-01-13";

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task HidesSmallCellAndItsComplementFromAnonymousCallers()
    {
        var gender = Cells(await app.CreateClient().GetJsonAsync(Url), "detained", "gender");

        Assert.Equal((null, "<5"), gender["female"]);
        // With the total public, "male" would give the woman's count away: it is hidden too.
        Assert.Equal((null, "suppressed"), gender["male"]);
    }

    [Fact]
    public async Task ShowsExactCellsToStaff()
    {
        var gender = Cells(await app.CreateStaffClient().GetJsonAsync(Url), "detained", "gender");

        Assert.Equal((1, "1"), gender["female"]);
        Assert.Equal((10, "10"), gender["male"]);
    }

    [Fact]
    public async Task ShowsCellsOfFiveOrMoreToAnonymousCallersWhenNothingIsSuppressed()
    {
        var minor = Cells(await app.CreateClient().GetJsonAsync(Url), "detained", "minor");

        Assert.Equal((11, "11"), minor["false"]);
        Assert.Single(minor);
    }

    [Fact]
    public async Task LabelsFacilityCellsWithTheFacilityName()
    {
        var summary = await app.CreateStaffClient().GetJsonAsync(Url);
        var facilities = summary.GetProperty("register").GetProperty("breakdowns").GetProperty("detained").GetProperty("facility").EnumerateArray()
            .ToDictionary(c => c.GetProperty("label").GetString() ?? c.GetProperty("key").GetString()!, c => c.GetProperty("count").GetInt32());

        Assert.Equal(4, facilities["El Rodeo I"]);
        Assert.Equal(7, facilities["unknown"]);
    }

    private static Dictionary<string, (int? Count, string Display)> Cells(JsonElement summary, string population, string dimension) =>
        summary.GetProperty("register").GetProperty("breakdowns").GetProperty(population).GetProperty(dimension).EnumerateArray().ToDictionary(
            c => c.GetProperty("key").GetString()!,
            c => (c.GetProperty("count").ValueKind == JsonValueKind.Null ? (int?)null : c.GetProperty("count").GetInt32(),
                  c.GetProperty("display").GetString()!));
}
