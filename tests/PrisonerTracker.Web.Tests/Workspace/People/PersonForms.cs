using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace.People;

/// <summary>Posting the person forms as a browser does, and reading back what the pages show.</summary>
public static partial class PersonForms
{
    public static Dictionary<string, string> Person(string name, string? nationalId = null, string? occupation = null) => new()
    {
        ["Input.Name"] = name, ["Input.Gender"] = "Unknown", ["Input.Service"] = "Civilian",
        ["Input.NationalId"] = nationalId ?? "", ["Input.Occupation"] = occupation ?? "",
    };

    public static Task<HttpResponseMessage> PostNewAsync(this HttpClient client, Dictionary<string, string> fields) =>
        client.PostFormAsync("/workspace/people/new", fields);

    /// <summary>The edit form as loaded now: its antiforgery token and row version, to post later.</summary>
    public static async Task<(string Token, string Version)> OpenEditAsync(this HttpClient client, Guid id)
    {
        var html = await client.GetStringAsync($"/workspace/people/{id}/edit");
        return (Support.Workspace.Token(html), VersionField().Match(html).Groups["v"].Value);
    }

    public static Task<HttpResponseMessage> PostEditAsync(this HttpClient client, Guid id, (string Token, string Version) form, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = form.Token;
        fields["Input.Version"] = form.Version;
        return client.PostAsync($"/workspace/people/{id}/edit", new FormUrlEncodedContent(fields));
    }

    public static IReadOnlyList<Guid> WarnedOf(string html) => [.. Duplicate().Matches(html).Select(m => Guid.Parse(m.Groups["id"].Value))];

    public static Guid CreatedId(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        return Guid.Parse(CreatedLocation().Match(response.Headers.Location!.ToString()).Groups["id"].Value);
    }

    public static async Task<Guid> IdOfAsync(this TrackerApp app, string name)
    {
        await using var db = app.CreateDbContext();
        return await db.Detainees.Where(d => d.Name == name).Select(d => d.Id).SingleAsync();
    }

    public static async Task<int> PeopleCountAsync(this TrackerApp app)
    {
        await using var db = app.CreateDbContext();
        return await db.Detainees.IgnoreQueryFilters().CountAsync();
    }

    [GeneratedRegex("""name="Input\.Version" value="(?<v>\d+)""")]
    private static partial Regex VersionField();

    [GeneratedRegex("""data-testid="duplicate" data-id="(?<id>[0-9a-f-]{36})""")]
    private static partial Regex Duplicate();

    [GeneratedRegex("""^/workspace/people/(?<id>[0-9a-f-]{36})/edit""")]
    private static partial Regex CreatedLocation();
}
