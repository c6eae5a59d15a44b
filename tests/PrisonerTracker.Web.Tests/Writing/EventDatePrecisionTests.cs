using System.Net;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Pages;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

/// <summary>A date is stored and shown as precisely as its source gives it: "February 2024", never a made-up day.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class EventDatePrecisionTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task MonthDatedArrestIsAnchoredOnTheFirstAndCarriesItsPrecisionInJsonAndCsv()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var created = await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Month Dated Person" })).JsonAsync();
        var person = created.GetProperty("id").GetGuid();

        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{person}/events",
            new { kind = "Arrested", date = "2024-02-17", datePrecision = "month", confidence = "Verified" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(("2024-02-01", "month"), (body.GetProperty("date").GetString(), body.GetProperty("datePrecision").GetString()));
        var csv = await editor.GetAsync($"/api/v1/events?detaineeId={person}&reviewState=pending&format=csv");
        Assert.Equal(["month"], await PageHtml.CsvColumnAsync(csv, "datePrecision"));
    }

    [Fact]
    public async Task RefusesAnUnknownPrecisionNamingTheField()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        var created = await (await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Odd Precision Person" })).JsonAsync();

        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/detainees/{created.GetProperty("id").GetGuid()}/events",
            new { kind = "Arrested", date = "2024-02-17", datePrecision = "fortnight", confidence = "Verified" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("datePrecision", out _));
    }

    [Fact]
    public async Task ListedPeopleShowTheirApproximateSinceDateInTheListPageAndApi()
    {
        var html = await app.CreateClient().GetStringAsync("/detainees?asOf=2026-01-06&status=held");
        var list = await app.CreateClient().GetJsonAsync("/api/v1/detainees?asOf=2026-01-06&status=held&limit=50");

        // Eleven people "in custody on or before 5 January": each marked approximate, in the page and in the JSON.
        var approximate = list.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("statusSinceApproximate").GetBoolean()).ToList();
        Assert.Equal(11, approximate.Count);
        Assert.Equal(11, PageHtml.Count(html, "<abbr class=\"approx\""));
        // Rocío San Miguel, held since "February 2024".
        Assert.Contains("<time datetime=\"2024-02\">Feb", html);
    }
}
