using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Imports;

/// <summary>The workspace import's steps as a signed-in browser takes them: upload, preview, confirm, follow the job.</summary>
public static class ImportSteps
{
    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app, string email, bool create = true)
    {
        if (create) await app.CreateUserAsync(email);
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>The preview's address, /workspace/import/preview?id=….</summary>
    public static async Task<string> UploadAsync(HttpClient client, byte[] file, string kind = "Detainees")
    {
        var token = Support.Workspace.Token(await client.GetStringAsync("/workspace/import"));
        var form = new MultipartFormDataContent { { new StringContent(kind), "Kind" }, { new StringContent(token), "__RequestVerificationToken" } };
        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new("text/csv");
        form.Add(upload, "Upload", "presos.csv");
        var response = await client.PostAsync("/workspace/import", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString();
    }

    public static string IdOf(string previewUrl) => previewUrl.Split("id=")[1];

    /// <summary>Posts the preview's confirmation (with a token of this client's own session).</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string previewUrl, string? token = null)
    {
        token ??= Support.Workspace.Token(await client.GetStringAsync("/workspace/import"));
        return await client.PostAsync("/workspace/import/preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["id"] = IdOf(previewUrl),
        }));
    }

    /// <summary>Polls the job's progress (as the page's script does) until it ends; the page it then shows.</summary>
    public static async Task<string> FinishedPageAsync(HttpClient client, string statusUrl)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var state = JsonDocument.Parse(await client.GetStringAsync($"{statusUrl}?handler=progress")).RootElement;
            if (state.GetProperty("finished").GetBoolean()) return WebUtility.HtmlDecode(await client.GetStringAsync(statusUrl));
            await Task.Delay(200);
        }
        throw new TimeoutException("The import job did not end within two minutes.");
    }

    /// <summary>A detainees file of <paramref name="rows"/> new people, each with an arrest.</summary>
    public static byte[] ManyPeople(int rows, string prefix = "Persona", int firstId = 70_000_000)
    {
        var text = new StringBuilder("Nombre;Cédula;Fecha de detención;Estado\r\n");
        for (var i = 0; i < rows; i++) text.Append($"{prefix} Número {i};V-{firstId + i};15/03/2024;Detenido\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
