using System.Net;
using Microsoft.AspNetCore.Hosting;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Hosting;

/// <summary>
/// The Developer Exception Page (stack traces, SQL, configuration) is for a developer's machine only:
/// in every other environment an unexpected error is a bare 500, problem details on the API and the
/// error page for readers. The error here is real: a database without the tracker's tables.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class ExceptionPageTests(TrackerApp app) : IAsyncLifetime
{
    private TestDatabase _empty = null!;

    public async Task InitializeAsync() => _empty = await TestDatabase.CreateAsync("notables", migrate: false);
    public async Task DisposeAsync() => await _empty.DisposeAsync();

    [Theory]
    [InlineData("Production", "/api/v1/stats/summary")]
    [InlineData("Production", "/facilities")]
    [InlineData("Staging", "/api/v1/facilities")]
    [InlineData("Testing", "/facilities")]
    public async Task UnexpectedErrorShowsNoDeveloperDetailsOutsideDevelopment(string environment, string url)
    {
        await using var broken = app.WithWebHostBuilder(b => b
            .UseEnvironment(environment)
            .UseSetting("ConnectionStrings:Tracker", _empty.ConnectionString));

        var response = await broken.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        foreach (var leak in new[] { "PostgresException", "42P01", "does not exist", "   at ", "Npgsql", "Stack", "TrackerDbContext" })
            Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
    }
}
