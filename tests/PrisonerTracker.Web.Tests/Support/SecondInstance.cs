using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PrisonerTracker.Testing;

namespace PrisonerTracker.Web.Tests.Support;

/// <summary>Another instance of the app on the first one's database and clock, as behind a load balancer without sticky sessions.</summary>
public sealed class SecondInstance(TrackerApp first) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Tracker", first.Database.AppConnectionString);
        foreach (var (name, value) in TestKeys.Settings) builder.UseSetting(name, value);
        builder.UseSetting("RateLimiting:AnonymousPerMinute", "1000000");
        builder.UseSetting("RateLimiting:KeyPerMinute", "1000000");
        builder.UseSetting("Workspace:SignInsPerAddressPerMinute", "1000000");
        builder.UseSetting("Workspace:SignInsPerAccountPerMinute", "1000000");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(first.Clock)));
    }
}
