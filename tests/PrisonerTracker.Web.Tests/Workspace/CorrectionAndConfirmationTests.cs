using System.Net;
using System.Text.Json;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>A correction goes back through review and then supersedes; two organisations' approved reports confirm a release.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class CorrectionAndConfirmationTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CorrectionIsPrefilledStaysPendingAndSupersedesTheApprovedFactOnceApproved()
    {
        var (editor, _, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var (reviewer, _, _) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var original = (await editor.RecordAsync(person, FactPages.Fields(person, organisation, date: "2026-01-20"))).RecordedId();
        await reviewer.DecideAsync(original, "Approve");

        var form = await editor.GetStringAsync($"/workspace/record?corrects={original}");
        Assert.Contains("value=\"2026-01-20\"", form);
        Assert.Contains("data-testid=\"correcting\"", form);
        var fields = FactPages.Fields(person, organisation, date: "2026-01-22");
        fields["Input.CorrectsEventId"] = original.ToString();
        var correction = (await editor.RecordAsync(person, fields, $"/workspace/record?corrects={original}")).RecordedId();

        Assert.Equal(original, (await app.EventAsync(correction)).CorrectsEventId);
        Assert.Equal("2026-01-20", await PublicReleaseDateAsync(person));
        Assert.Contains("data-testid=\"corrects\"", await reviewer.GetStringAsync("/workspace/review"));

        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.DecideAsync(correction, "Approve")).StatusCode);
        Assert.Equal(ReviewState.Superseded, (await app.EventAsync(original)).ReviewState);
        Assert.Equal("2026-01-22", await PublicReleaseDateAsync(person));
        Assert.DoesNotContain(original.ToString(), await app.CreateClient().GetStringAsync($"/api/v1/detainees/{person}"));
    }

    [Fact]
    public async Task PendingFactCannotBeCorrected()
    {
        var (editor, _, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var pending = (await editor.RecordAsync(person, FactPages.Fields(person, organisation))).RecordedId();
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/workspace/record?corrects={pending}")).StatusCode);
    }

    [Fact]
    public async Task ReleaseApprovedFromTwoOrganisationsIsConfirmedAndThePageShowsBoth()
    {
        var (foro, _, foroId) = await app.StaffAsync("foro@example.org", "Editor", "Foro Penal");
        var (foroReviewer, _, _) = await app.StaffAsync("foro-review@example.org", "Reviewer", "Foro Penal");
        var (provea, _, proveaId) = await app.StaffAsync("provea@example.org", "Editor", "Provea");
        var (proveaReviewer, _, _) = await app.StaffAsync("provea-review@example.org", "Reviewer", "Provea");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var first = (await foro.RecordAsync(person, FactPages.Fields(person, foroId, date: "2026-01-20"))).RecordedId();
        await foroReviewer.DecideAsync(first, "Approve");
        Assert.Equal(["verified"], await PublicConfidencesAsync(person, "released-full"));

        var second = (await provea.RecordAsync(person, FactPages.Fields(person, proveaId, date: "2026-01-22"))).RecordedId();
        Assert.Equal(HttpStatusCode.Redirect, (await proveaReviewer.DecideAsync(second, "Approve")).StatusCode);

        Assert.Equal(["confirmed", "confirmed"], await PublicConfidencesAsync(person, "released-full"));
        var page = await app.CreateClient().GetStringAsync($"/detainees/{person}");
        Assert.Contains("reported by Foro Penal", page);
        Assert.Contains("confirmed independently by Provea", page);
        Assert.Contains("confirmed independently by Foro Penal", page);
    }

    private async Task<List<string>> PublicConfidencesAsync(Guid person, string kind)
    {
        using var profile = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/v1/detainees/{person}"));
        return [.. profile.RootElement.GetProperty("timeline").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == kind).Select(e => e.GetProperty("confidence").GetString()!)];
    }

    private async Task<string?> PublicReleaseDateAsync(Guid person)
    {
        using var profile = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/v1/detainees/{person}"));
        return profile.RootElement.GetProperty("timeline").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "released-full").Select(e => e.GetProperty("date").GetString()).SingleOrDefault();
    }
}
