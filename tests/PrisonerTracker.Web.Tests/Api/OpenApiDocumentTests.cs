using System.Text.Json;
using System.Text.RegularExpressions;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>
/// The OpenAPI document as researchers' tools read it. The rules a linter applies most often are
/// checked here; <c>scripts/test.sh</c> also lints the saved document with Redocly's recommended rules.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed partial class OpenApiDocumentTests(TrackerApp app)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonElement> DocumentAsync()
    {
        var json = await app.CreateClient().GetStringAsync("/swagger/v1/swagger.json");
        var folder = RepoPaths.Artifacts;
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "openapi.json"), json);
        return JsonDocument.Parse(json).RootElement;
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement doc) =>
        from path in doc.GetProperty("paths").EnumerateObject()
        from op in path.Value.EnumerateObject()
        where Methods.Contains(op.Name)
        select (path.Name, op.Name, op.Value);

    [Fact]
    public async Task DeclaresTheBearerSchemeRequiredForWritesAndOptionalForReads()
    {
        var doc = await DocumentAsync();
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        foreach (var (path, method, op) in Operations(doc))
        {
            var options = op.GetProperty("security").EnumerateArray().Select(r => string.Join(",", r.EnumerateObject().Select(p => p.Name))).ToList();
            // Key management, the audit log and import jobs are staff-only reads.
            var keyOnly = method != "get" || path.StartsWith("/api/v1/api-keys") || path.StartsWith("/api/v1/audit") || path.StartsWith("/api/v1/imports/jobs");
            Assert.True(keyOnly ? options.SequenceEqual(["apiKey"]) : options.SequenceEqual(["", "apiKey"]),
                $"{method} {path}: security [{string.Join(" | ", options)}]");
        }
    }

    [Fact]
    public async Task EveryOperationIsNamedDescribedAndAnswersSuccessAndProblems()
    {
        var doc = await DocumentAsync();
        var ids = new HashSet<string>();
        foreach (var (path, method, op) in Operations(doc))
        {
            var where = $"{method} {path}";
            Assert.True(ids.Add(op.GetProperty("operationId").GetString()!), $"{where}: operationId repeated");
            Assert.False(string.IsNullOrWhiteSpace(op.GetProperty("summary").GetString()), $"{where}: no summary");
            Assert.False(string.IsNullOrWhiteSpace(op.GetProperty("description").GetString()), $"{where}: no description");
            var responses = op.GetProperty("responses").EnumerateObject().ToList();
            Assert.Contains(responses, r => r.Name.StartsWith('2'));
            foreach (var error in responses.Where(r => r.Name.StartsWith('4')))
                Assert.True(error.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{where} {error.Name}: not problem+json");

            var declared = op.TryGetProperty("parameters", out var ps)
                ? ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()).ToHashSet()
                : [];
            foreach (Match m in PathParameter().Matches(path))
                Assert.True(declared.Contains(m.Groups[1].Value), $"{where}: path parameter {m.Value} not declared");
        }
    }

    [Fact]
    public async Task NamesItsServerLicenceAndTagsWithDescriptions()
    {
        var doc = await DocumentAsync();
        Assert.Equal("/", doc.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.StartsWith("CC BY", doc.GetProperty("info").GetProperty("license").GetProperty("name").GetString());
        var tags = doc.GetProperty("tags").EnumerateArray().ToList();
        Assert.Contains(tags, t => t.GetProperty("name").GetString() == "Detainees");
        Assert.All(tags, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString())));
    }

    [Fact]
    public async Task EnumsAreStringsListedByTheNamesResponsesUse()
    {
        var doc = await DocumentAsync();
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        foreach (var schema in schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("enum", out _)))
        {
            Assert.Equal("string", schema.Value.GetProperty("type").GetString());
            Assert.All(schema.Value.GetProperty("enum").EnumerateArray(), v => Assert.Equal(JsonValueKind.String, v.ValueKind));
        }
        Assert.Contains("foreign-government", schemas.GetProperty("OrganisationKind").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        // An optional enum field refers to the enum and stays nullable.
        var gender = schemas.GetProperty("DetaineeRequest").GetProperty("properties").GetProperty("gender");
        Assert.True(gender.GetProperty("nullable").GetBoolean());
        Assert.False(gender.TryGetProperty("enum", out _));
    }

    [Theory]
    [InlineData("/api/v1/detainees")]
    [InlineData("/api/v1/events")]
    [InlineData("/api/v1/facilities")]
    [InlineData("/api/v1/organisations")]
    [InlineData("/api/v1/announcements")]
    [InlineData("/api/v1/stats/timeseries")]
    public async Task CsvCapableOperationsDeclareTheFormatParameter(string path)
    {
        var doc = await DocumentAsync();
        var get = doc.GetProperty("paths").GetProperty(path).GetProperty("get");
        Assert.Contains(get.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "format");
        // Both representations of the 200: the JSON schema a client deserializes, and CSV text.
        var content = get.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.StartsWith("#/components/schemas/", content.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("string", content.GetProperty("text/csv").GetProperty("schema").GetProperty("type").GetString());
    }

    [GeneratedRegex(@"\{([^}:]+)[^}]*\}")]
    private static partial Regex PathParameter();
}
