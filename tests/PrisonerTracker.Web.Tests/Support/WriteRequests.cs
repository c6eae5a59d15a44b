using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PrisonerTracker.Web.Tests.Support;

/// <summary>Builds write requests with the headers the write API uses (If-Match, Idempotency-Key, merge patch).</summary>
public static class WriteRequests
{
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object body,
        string? ifMatch = null, string? idempotencyKey = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, url)
        {
            Content = new StringContent(body as string ?? JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, contentType),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PatchMergeAsync(this HttpClient client, string url, object patch, string? ifMatch) =>
        client.SendJsonAsync(HttpMethod.Patch, url, patch, ifMatch, contentType: "application/merge-patch+json");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
