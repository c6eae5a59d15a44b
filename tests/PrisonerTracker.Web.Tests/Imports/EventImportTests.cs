using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;
using Serilog.Core;

namespace PrisonerTracker.Web.Tests.Imports;

/// <summary>Events files, date questions, who may import, and what never reaches the log.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class EventImportTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private static ByteArrayContent Csv(string text) => ImportFiles.Csv(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task EventsFileAddsPendingEventsToPeopleFoundByNationalIdOrName()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync("/api/v1/imports/detainees?dryRun=false", ImportFiles.Csv(ImportFiles.SpanishExcel()))).StatusCode);

        var events = $"Cédula;Nombre;Evento;Fecha;Centro de reclusión\r\n{ImportFiles.JoseNationalId};;Traslado;10/01/2026;El Helicoide\r\n" +
                     ";María Auxiliadora Peña;Excarcelación;20/01/2026;\r\n";
        var response = await editor.PostAsync("/api/v1/imports/events?dryRun=false", Csv(events));
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == HttpStatusCode.OK, result.ToString());
        var rows = result.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["nationalId", "name"], rows.Select(r => r.GetProperty("match").GetProperty("by").GetString()));

        await using var db = app.CreateDbContext();
        var jose = await db.Detainees.Include(d => d.Events).SingleAsync(d => d.Name == "José Ñáñez");
        var transfer = jose.Events.Single(e => e.Kind == EventKind.Transferred);
        Assert.Equal(ReviewState.Pending, transfer.ReviewState);
        Assert.Equal(new DateOnly(2026, 1, 10), transfer.EventDate);

        var again = await editor.PostAsync("/api/v1/imports/events?dryRun=false", Csv(events));
        Assert.All(JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("rows").EnumerateArray(),
            r => Assert.Equal("already-imported", r.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task EventThatBreaksTheHistoryRulesIsRejectedLikeOneEnteredByHand()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        await editor.PostAsync("/api/v1/imports/detainees?dryRun=false", Csv("Name,Arrest date\nPedro Pérez,2025-06-01\n"));

        var response = await editor.PostAsync("/api/v1/imports/events?dryRun=false", Csv("Name,Event,Date\nPedro Pérez,released,2025-05-01\n"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("before the first arrest", problem.GetProperty("errors").GetProperty("row 2")[0].GetString());
    }

    [Fact]
    public async Task AmbiguousDatesAskForADateFormatAndTheChoiceIsApplied()
    {
        var editor = await app.ClientWithKeyAsync(StaffRole.Editor);
        const string file = "Name,Arrest date\nLuis Gómez,03/04/2025\n";

        var asked = await ProblemAssert.IsProblemAsync(await editor.PostAsync("/api/v1/imports/detainees", Csv(file)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["dateFormat"], asked.ErrorFields());

        var chosen = await editor.PostAsync("/api/v1/imports/detainees?dateFormat=mdy", Csv(file));
        var preview = JsonDocument.Parse(await chosen.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2025-03-04", preview.GetProperty("rows")[0].GetProperty("facts")[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task ImportNeedsAnEditorKey()
    {
        var response = await app.CreateClient().PostAsync("/api/v1/imports/detainees?dryRun=false", Csv("Name\nAna\n"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task NationalIdsInAFileNeverReachTheLogOrTheProblem()
    {
        var sink = new CapturedLog();
        await using var logged = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var key = await logged.CreateApiKeyAsync(StaffRole.Editor);
        var editor = logged.CreateClient();
        editor.DefaultRequestHeaders.Authorization = new("Bearer", key.Key);

        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync("/api/v1/imports/detainees?dryRun=false", ImportFiles.Csv(ImportFiles.SpanishExcel()))).StatusCode);
        var unknown = await editor.PostAsync("/api/v1/imports/events?dryRun=false", Csv("Cédula;Evento;Fecha\nV-55.555.555;Traslado;10/01/2026\n"));
        var problem = await unknown.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.DoesNotContain("55.555.555", problem);
        Assert.Contains("Import of Detainees planned", sink.Text);
        foreach (var id in new[] { "14.523.678", "9.876.543", "55.555.555", "Ñáñez" }) Assert.DoesNotContain(id, sink.Text);
    }
}
