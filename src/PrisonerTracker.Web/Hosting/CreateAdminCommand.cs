using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Accounts;
using PrisonerTracker.Web.Features.ApiKeys;

namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// <c>create-admin --email admin@example.org --organisation &lt;id or exact name&gt; [--create-organisation ngo]
/// [--base-url https://tracker.example.org]</c>: the first admin account. There is no default
/// password: the command prints a one-time link where the admin chooses one; the link stops working once used.
/// </summary>
internal static class CreateAdminCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration configuration, string[] args, ILogger log)
    {
        var email = ApiKeyCommands.Option(args, "--email");
        var organisation = ApiKeyCommands.Option(args, "--organisation");
        if (email is null || organisation is null)
        {
            log.LogError("Usage: create-admin --email <address> --organisation <id or exact name> [--create-organisation <kind>] [--base-url <url>]");
            return 2;
        }
        var organisationId = await ApiKeyCommands.FindOrCreateOrganisationAsync(services.GetRequiredService<ApiKeyService>(), organisation, args, log);
        if (organisationId is null) return ApiKeyCommands.Option(args, "--create-organisation") is not null ? 2 : 1;

        var (link, error) = await services.GetRequiredService<StaffAccounts>().InviteAsync(email, organisationId.Value, StaffRole.Admin, actorId: null);
        if (error is not null)
        {
            log.LogError("No account created: {Problem}", error.MessageKey);
            return 1;
        }
        var baseUrl = (ApiKeyCommands.Option(args, "--base-url") ?? configuration["Workspace:PublicUrl"]
            ?? $"http://127.0.0.1:{configuration["PORT"] ?? "5080"}").TrimEnd('/');
        Console.WriteLine($"Admin account {email} created. Open this link once to choose a password (it is not shown again):");
        Console.WriteLine(baseUrl + link);
        return 0;
    }
}
