using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Workspace;

/// <summary>Signed-in staff of chosen organisations, and the record-a-fact and review forms posted as a browser does.</summary>
internal static class FactPages
{
    public const string Release = "ReleasedFull";

    /// <summary>A signed-in client of a new user of <paramref name="role"/> in the organisation named <paramref name="organisation"/>.</summary>
    public static async Task<(HttpClient Client, StaffUser User, Guid Organisation)> StaffAsync(this TrackerApp app, string email, string role, string organisation)
    {
        var user = await app.CreateUserAsync(email, role);
        var organisationId = await app.OrganisationAsync(organisation);
        await using (var db = app.CreateDbContext())
            await db.Database.ExecuteSqlAsync($"UPDATE staff_users SET organisation_id = {organisationId} WHERE id = {user.Id}");
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return (client, user, organisationId);
    }

    /// <summary>The form's fields for a full release on <paramref name="date"/> reported by <paramref name="organisation"/>, with one source.</summary>
    public static Dictionary<string, string> Fields(Guid person, Guid organisation, string date = "2026-01-20", string kind = Release) => new()
    {
        ["Input.PersonId"] = person.ToString(),
        ["Input.Kind"] = kind,
        ["Input.Date"] = date,
        ["Input.Precision"] = "Day",
        ["Input.ReportingOrganisationId"] = organisation.ToString(),
        ["Input.Confidence"] = "Verified",
        ["Input.Sources[0].Url"] = "https://example.org/news/release",
        ["Input.Sources[0].Publisher"] = "El Diario",
    };

    public static Task<HttpResponseMessage> RecordAsync(this HttpClient client, Guid person, Dictionary<string, string> fields, string? page = null) =>
        client.PostFormAsync(page ?? $"/workspace/record?person={person}", fields, "/workspace/record");

    /// <summary>Posts a decision from the review queue's form for <paramref name="eventId"/>.</summary>
    /// <remarks>The antiforgery token is the user's, from any of their forms: <paramref name="tokenPage"/> when the queue shows no form.</remarks>
    public static Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid eventId, string decision, string? reason = null, string? tokenPage = null) =>
        client.PostFormAsync(tokenPage ?? "/workspace/review", new() { ["Input.Decision"] = decision, ["Input.Reason"] = reason ?? "" },
            $"/workspace/review?handler=Decide&id={eventId}");

    public static async Task<Domain.Events.VerificationEvent> EventAsync(this TrackerApp app, Guid id)
    {
        await using var db = app.CreateDbContext();
        return await db.Events.AsNoTracking().Include(e => e.Sources).SingleAsync(e => e.Id == id);
    }

    public static Guid RecordedId(this HttpResponseMessage response) =>
        Guid.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("https://localhost"), response.Headers.Location!).Query)["recorded"]!);
}
