using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Imports;

/// <summary>The workspace import: upload, a preview of every row, confirm, result; and the templates.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class ImportPageTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpClient> EditorAsync()
    {
        await app.CreateUserAsync("editor@example.org");
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("editor@example.org");
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file, string kind = "Detainees")
    {
        var token = Support.Workspace.Token(await client.GetStringAsync("/workspace/import"));
        var form = new MultipartFormDataContent { { new StringContent(kind), "Kind" }, { new StringContent(token), "__RequestVerificationToken" } };
        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new("text/csv");
        form.Add(upload, "Upload", "presos.csv");
        return await client.PostAsync("/workspace/import", form);
    }

    [Fact]
    public async Task UploadShowsEveryRowWritesNothingUntilConfirmedThenShowsTheResult()
    {
        var client = await EditorAsync();
        await using var db = app.CreateDbContext();
        var people = await db.Detainees.CountAsync();

        var uploaded = await UploadAsync(client, ImportFiles.SpanishExcel());
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var previewUrl = uploaded.Headers.Location!.ToString();
        var preview = await client.GetStringAsync(previewUrl);
        Assert.Equal(["2", "3", "5"], RowNumbers().Matches(preview).Select(m => m.Groups["row"].Value));
        Assert.Contains("José Ñáñez", WebUtility.HtmlDecode(preview));
        Assert.DoesNotContain("14.523.678", preview);
        Assert.Equal(people, await db.Detainees.CountAsync());

        var confirmed = await client.PostAsync(previewUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Support.Workspace.Token(preview),
            ["id"] = previewUrl.Split("id=")[1],
        }));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var statusUrl = confirmed.Headers.Location!.ToString();
        Assert.Equal($"/workspace/import/{previewUrl.Split("id=")[1]}", statusUrl);
        var result = await ImportSteps.FinishedPageAsync(client, statusUrl);
        Assert.Contains("data-testid=\"import-result\"", result);
        Assert.Contains("data-testid=\"review-link\"", result);
        Assert.Equal(people + 3, await db.Detainees.CountAsync());
        string[] names = ["Ana Belén Muñoz", "José Ñáñez", "María Auxiliadora Peña"];
        var ids = await db.Detainees.Where(d => names.Contains(d.Name)).Select(d => d.Id).ToListAsync();
        var imported = await db.Events.Where(e => ids.Contains(e.DetaineeId)).ToListAsync();
        Assert.NotEmpty(imported);
        Assert.All(imported, e => Assert.Equal(Domain.Events.ReviewState.Pending, e.ReviewState));
    }

    [Fact]
    public async Task FileWithABadRowCannotBeConfirmedAndTheRowSaysWhy()
    {
        var client = await EditorAsync();
        var uploaded = await UploadAsync(client, ImportFiles.WithBadRow());
        var preview = WebUtility.HtmlDecode(await client.GetStringAsync(uploaded.Headers.Location!.ToString()));

        Assert.Contains("data-row=\"3\" data-outcome=\"Reject\"", preview);
        Assert.Contains("23/13/2024", preview);
        Assert.DoesNotContain("data-testid=\"confirm-form\"", preview);
    }

    [Fact]
    public async Task UploadWithoutAFileShowsTheErrorBesideTheField()
    {
        var client = await EditorAsync();
        var token = Support.Workspace.Token(await client.GetStringAsync("/workspace/import"));
        var response = await client.PostAsync("/workspace/import", new MultipartFormDataContent
        {
            { new StringContent("Detainees"), "Kind" }, { new StringContent(token), "__RequestVerificationToken" },
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"file-error\">[^<]+<", html);
    }

    [Fact]
    public async Task SpanishReadersGetThePreviewInSpanish()
    {
        var client = await EditorAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var uploaded = await UploadAsync(client, ImportFiles.WithBadRow());
        var preview = WebUtility.HtmlDecode(await client.GetStringAsync(uploaded.Headers.Location!.ToString()));

        Assert.Contains("<html lang=\"es\">", preview);
        Assert.Contains("Revise la importación", preview);
        Assert.Contains("No es una fecha", preview);
        Assert.Contains("rechazada", preview);
    }

    [Theory]
    [InlineData("es", "Nombre;Cédula;", "Fecha de detención")]
    [InlineData("en", "Name,National ID,", "Arrest date")]
    public async Task TemplatesNameTheColumnsInEachLanguage(string lang, string start, string column)
    {
        var client = await EditorAsync();
        var response = await client.GetAsync($"/workspace/import/template?kind=detainees&lang={lang}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(start, text);
        Assert.Contains(column, text);
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/workspace/import");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/workspace/signin", response.Headers.Location!.ToString());
    }

    [GeneratedRegex("""<tr data-row="(?<row>\d+)" """)]
    private static partial Regex RowNumbers();
}
