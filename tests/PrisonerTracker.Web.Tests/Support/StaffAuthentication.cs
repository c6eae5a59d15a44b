using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PrisonerTracker.Web.Tests.Support;

/// <summary>
/// A test-only sign-in: a request carrying <see cref="RoleHeader"/> is a staff member with that
/// role; any other request stays anonymous. Stands in for the real staff schemes.
/// </summary>
public sealed class TestStaffHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string RoleHeader = "X-Test-Role";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(RoleHeader, out var role)) return Task.FromResult(AuthenticateResult.NoResult());
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "test-staff"), new Claim(ClaimTypes.Role, role.ToString())], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

public static class StaffClients
{
    private static readonly ConditionalWeakTable<TrackerApp, WebApplicationFactory<Program>> Hosts = new();

    /// <summary>A client of a host with the test scheme; requests are signed in as <paramref name="role"/>.</summary>
    public static HttpClient CreateStaffClient(this TrackerApp app, string role = "Admin")
    {
        var host = Hosts.GetValue(app, a => a.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddAuthentication(o => { o.DefaultScheme = TestStaffHandler.SchemeName; o.DefaultAuthenticateScheme = TestStaffHandler.SchemeName; })
                .AddScheme<AuthenticationSchemeOptions, TestStaffHandler>(TestStaffHandler.SchemeName, _ => { }))));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(TestStaffHandler.RoleHeader, role);
        return client;
    }
}
