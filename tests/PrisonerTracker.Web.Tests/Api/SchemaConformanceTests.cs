using System.Text.Json;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>
/// What a client generated from the OpenAPI document expects is what it gets: every JSON response
/// on the demo data, anonymous and staff, checked against the document's schema (types, nullability,
/// enum values, no undocumented fields).
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class SchemaConformanceTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryReadAnswersWhatItsSchemaDeclares(bool staff)
    {
        var client = staff ? await app.ClientWithKeyAsync(StaffRole.Admin) : app.CreateClient();
        var doc = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var rocio = await app.DetaineeIdAsync("Rocío San Miguel");
        var helicoide = await app.FacilityIdAsync("El Helicoide");
        var page = await client.GetJsonAsync("/api/v1/announcements?limit=1");
        var announcement = page.GetProperty("items")[0].GetProperty("id").GetString();
        // Only an official claim has a gap: the one of 13 January, set against tallies, with the fullest answer.
        var claims = await client.GetJsonAsync("/api/v1/announcements?role=claim&from=2026-01-13&to=2026-01-13");
        var claim = claims.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("number").GetProperty("low").ValueKind == JsonValueKind.Number).GetProperty("id").GetString();
        var anEvent = (await client.GetJsonAsync("/api/v1/events?limit=1")).GetProperty("items")[0].GetProperty("id").GetString();
        var organisation = (await client.GetJsonAsync("/api/v1/organisations?limit=1")).GetProperty("items")[0].GetProperty("id").GetString();

        var reads = new (string Template, string Url)[]
        {
            ("/api/v1/detainees", "/api/v1/detainees?limit=500"),
            ("/api/v1/detainees/{id}", $"/api/v1/detainees/{rocio}"),
            ("/api/v1/events", "/api/v1/events?limit=500"),
            ("/api/v1/events/{id}", $"/api/v1/events/{anEvent}"),
            ("/api/v1/facilities", "/api/v1/facilities"),
            ("/api/v1/facilities/{id}", $"/api/v1/facilities/{helicoide}?asOf=2026-01-07"),
            ("/api/v1/organisations", "/api/v1/organisations"),
            ("/api/v1/organisations/{id}", $"/api/v1/organisations/{organisation}"),
            ("/api/v1/announcements", "/api/v1/announcements?limit=500"),
            ("/api/v1/announcements/{id}", $"/api/v1/announcements/{announcement}"),
            ("/api/v1/announcements/{id}/gap", $"/api/v1/announcements/{claim}/gap"),
            ("/api/v1/stats/summary", "/api/v1/stats/summary?asOf=2026-01-13"),
            ("/api/v1/stats/timeseries", "/api/v1/stats/timeseries?from=2026-01-01&to=2026-01-31"),
            ("/api/v1/deletions", "/api/v1/deletions?since=2026-01-01T00:00:00Z"),
        };
        var problems = new List<string>();
        foreach (var (template, url) in reads)
        {
            var schema = doc.GetProperty("paths").GetProperty(template).GetProperty("get").GetProperty("responses")
                .GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Check(doc, await client.GetJsonAsync(url), schema, url, problems);
        }
        if (staff) Check(doc, await client.GetJsonAsync("/api/v1/api-keys"), doc.GetProperty("paths").GetProperty("/api/v1/api-keys")
            .GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"), "/api/v1/api-keys", problems);
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));
    }

    private static bool Nullable(JsonElement doc, JsonElement schema) =>
        (schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean())
        || (schema.TryGetProperty("$ref", out var reference)
            && Nullable(doc, doc.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])));

    private static void Check(JsonElement doc, JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!Nullable(doc, schema)) problems.Add($"{at}: null, but the schema does not allow it");
            return;
        }
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            Check(doc, value, doc.GetProperty("components").GetProperty("schemas").GetProperty(name), at, problems);
            return;
        }
        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray()) Check(doc, value, part, at, problems);
            return;
        }
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        var expected = type switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" or "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            _ => true,
        };
        if (!expected) { problems.Add($"{at}: {value.ValueKind}, schema says {type}"); return; }
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.ToString() == value.ToString()))
            problems.Add($"{at}: '{value}' is not among the schema's enum values");
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
            foreach (var (item, i) in value.EnumerateArray().Select((item, i) => (item, i))) Check(doc, item, items, $"{at}[{i}]", problems);
        if (value.ValueKind != JsonValueKind.Object) return;
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                Check(doc, property.Value, propertySchema, $"{at}.{property.Name}", problems);
            else if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False)
                problems.Add($"{at}.{property.Name}: not in the schema");
            else if (schema.TryGetProperty("additionalProperties", out var map) && map.ValueKind == JsonValueKind.Object)
                Check(doc, property.Value, map, $"{at}.{property.Name}", problems);
        }
    }
}
