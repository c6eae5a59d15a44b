using System.IO.Compression;
using System.Net;
using System.Text.Json;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>
/// What makes a list answer cost what it shows: the total is counted only when asked for, and JSON
/// and CSV travel compressed to a client that accepts it (pages never: they carry antiforgery tokens).
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class CountAndCompressionTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/api/v1/detainees?status=released&asOf=2026-01-13")]
    [InlineData("/api/v1/events?kind=released-conditional")]
    public async Task LargeCollectionsCountOnlyWhenAsked(string path)
    {
        var client = app.CreateClient();

        var plain = await client.GetJsonAsync(path);
        var counted = await client.GetJsonAsync(path + "&includeTotal=true");

        Assert.False(plain.TryGetProperty("total", out _));
        Assert.Equal(counted.GetProperty("items").GetArrayLength(), counted.GetProperty("total").GetInt32());
        Assert.True(counted.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task IncludeTotalMustBeABoolean()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/detainees?includeTotal=maybe");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("includeTotal", ProblemAssert.ErrorFields(problem));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ApiJsonIsCompressedForClientsThatAcceptIt(string encoding)
    {
        using var client = app.CreateClient();
        var plain = await client.GetStringAsync("/api/v1/detainees?limit=500");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/detainees?limit=500");
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        var response = await client.SendAsync(request);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length < plain.Length / 2, $"{body.Length} compressed bytes for {plain.Length}");
        await using Stream decoded = encoding == "br"
            ? new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        Assert.Equal(JsonDocument.Parse(plain).RootElement.GetRawText(), (await JsonDocument.ParseAsync(decoded)).RootElement.GetRawText());
    }

    [Fact]
    public async Task PagesAreNeverCompressed()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/detainees");
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
