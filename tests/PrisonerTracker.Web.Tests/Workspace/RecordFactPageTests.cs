using System.Net;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>Recording a fact on /workspace/record: found by name, saved pending, every error beside its field, nothing saved on error.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class RecordFactPageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EditorRecordsAReleaseThatStaysPendingAndOutOfPublicView()
    {
        var (editor, user, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));

        var saved = await editor.RecordAsync(person, FactPages.Fields(person, organisation));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var fact = await app.EventAsync(saved.RecordedId());
        Assert.Equal((EventKind.ReleasedFull, ReviewState.Pending, $"user:{user.Id}", (Guid?)organisation),
            (fact.Kind, fact.ReviewState, fact.EnteredById, fact.EnteredByOrganisationId));
        Assert.Equal("https://example.org/news/release", Assert.Single(fact.Sources).Url);
        var confirmation = await editor.GetStringAsync(saved.Headers.Location!.ToString());
        Assert.Contains("data-testid=\"recorded\"", confirmation);
        Assert.Contains($"href=\"/detainees/{person}\"", confirmation);
        var pub = await app.CreateClient().GetStringAsync($"/api/v1/detainees/{person}");
        Assert.DoesNotContain(fact.Id.ToString(), pub);
        Assert.Contains("\"status\":\"held\"", pub);
    }

    [Fact]
    public async Task ConditionalReleaseKeepsItsTickedAndWrittenConditions()
    {
        var (editor, _, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var fields = FactPages.Fields(person, organisation, kind: "ReleasedConditional");
        var form = new FormUrlEncodedContent(fields.Append(new("Input.Conditions", "0")).Append(new("Input.Conditions", "1"))
            .Append(new("Input.OtherConditions", "Curfew")).Append(new("__RequestVerificationToken",
                Support.Workspace.Token(await editor.GetStringAsync($"/workspace/record?person={person}")))));

        var saved = await editor.PostAsync("/workspace/record", form);

        Assert.Equal("Periodic presentation before a court; Travel ban; Curfew", (await app.EventAsync(saved.RecordedId())).Conditions);
    }

    [Fact]
    public async Task ReleaseBeforeTheArrestIsRefusedBesideTheDateAndChangesNoRow()
    {
        var (editor, _, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var (events, audit) = await CountsAsync();

        var refused = await editor.RecordAsync(person, FactPages.Fields(person, organisation, date: "2026-01-02"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Matches("data-testid=\"date-error\"[^>]*>[^<]*before the first arrest", html);
        Assert.Equal((events, audit), await CountsAsync());
    }

    [Fact]
    public async Task MissingKindConfidenceAndSourceAreEachShownBesideTheirField()
    {
        var (editor, _, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var fields = FactPages.Fields(person, organisation);
        fields.Remove("Input.Kind");
        fields.Remove("Input.Confidence");
        fields.Remove("Input.Sources[0].Url");
        fields.Remove("Input.Sources[0].Publisher");
        var (events, _) = await CountsAsync();

        var html = await (await editor.RecordAsync(person, fields)).Content.ReadAsStringAsync();

        Assert.Matches("data-testid=\"kind-error\"[^>]*>Fill in this field", html);
        Assert.Matches("data-testid=\"confidence-error\"[^>]*>Fill in this field", html);
        Assert.Matches("data-testid=\"sources-error\"[^>]*>Give at least one source", html);
        Assert.Equal(events, (await CountsAsync()).Events);
    }

    [Fact]
    public async Task SourceAddressThatIsNoWebAddressIsRefusedBesideTheSource()
    {
        var (editor, _, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var fields = FactPages.Fields(person, organisation);
        fields["Input.Sources[0].Url"] = "javascript:alert(1)";

        var html = await (await editor.RecordAsync(person, fields)).Content.ReadAsStringAsync();

        Assert.Matches("data-testid=\"source-error\"[^>]*>Not accepted", html);
    }

    [Theory]
    [InlineData("perez")]
    [InlineData("ANA PÉREZ")]
    [InlineData("Peres")]
    public async Task PersonIsFoundWithoutAccentsCaseOrExactSpelling(string typed)
    {
        var (editor, _, _) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var html = await editor.GetStringAsync($"/workspace/record?q={Uri.EscapeDataString(typed)}");
        Assert.Contains($"href=\"/workspace/record?person={person}\"", html);
    }

    [Fact]
    public async Task PostWithoutTheAntiforgeryTokenIsRefusedAndSavesNothing()
    {
        var (editor, _, organisation) = await app.StaffAsync("editor@example.org", "Editor", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        var (events, _) = await CountsAsync();
        var response = await editor.PostAsync("/workspace/record", new FormUrlEncodedContent(FactPages.Fields(person, organisation)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(events, (await CountsAsync()).Events);
    }

    [Theory]
    [InlineData("/workspace/record")]
    [InlineData("/workspace/review")]
    public async Task AnonymousVisitorIsSentToSignIn(string page)
    {
        var response = await app.CreateBrowserLikeClient().GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/workspace/signin?ReturnUrl=", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task RecordFormAndReviewQueueAreInSpanishForSpanishReaders()
    {
        var (reviewer, _, organisation) = await app.StaffAsync("reviewer@example.org", "Reviewer", "Foro Penal");
        var person = await app.AddAsync("Ana Pérez", new DateOnly(2026, 1, 5));
        reviewer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var fields = FactPages.Fields(person, organisation, date: "2026-01-02");

        Assert.Contains("Guardar para revisión", await reviewer.GetStringAsync($"/workspace/record?person={person}"));
        Assert.Contains("Esta fecha no encaja con la historia de la persona", await (await reviewer.RecordAsync(person, fields)).Content.ReadAsStringAsync());
        Assert.Contains("Cola de revisión", await reviewer.GetStringAsync("/workspace/review"));
    }

    private async Task<(int Events, int Audit)> CountsAsync()
    {
        await using var db = app.CreateDbContext();
        return (await db.Events.IgnoreQueryFilters().CountAsync(), await db.AuditEntries.CountAsync());
    }
}
