using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.ApiKeys;

namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// <c>create-api-key --name "Foro Penal desk" --organisation &lt;id or exact name&gt; --role editor
/// [--create-organisation ngo] [--user &lt;email of the staff account the key acts for&gt;]</c> and
/// <c>revoke-api-key --prefix &lt;prefix&gt;</c>. The new key is written to standard output once, never logged.
/// </summary>
internal static class ApiKeyCommands
{
    public static async Task<int> CreateAsync(ApiKeyService keys, string[] args, ILogger log)
    {
        var name = Option(args, "--name");
        var organisation = Option(args, "--organisation");
        if (name is null || organisation is null || !Enum.TryParse<StaffRole>(Option(args, "--role") ?? "", ignoreCase: true, out var role))
        {
            log.LogError("Usage: create-api-key --name <label> --organisation <id or exact name> --role editor|reviewer|admin");
            return 2;
        }
        var organisationId = await FindOrCreateOrganisationAsync(keys, organisation, args, log);
        if (organisationId is null) return Option(args, "--create-organisation") is not null ? 2 : 1;
        Guid? userId = null;
        if (Option(args, "--user") is { } email)
        {
            if (await keys.FindUserAsync(email, CancellationToken.None) is not { } user || user.OrganisationId != organisationId)
            {
                log.LogError("No staff account with that email address in this organisation");
                return 1;
            }
            userId = user.Id;
        }
        var created = await keys.CreateAsync(name, organisationId.Value, role, "command line", CancellationToken.None, userId);
        Console.WriteLine($"API key {created.ApiKey.Prefix} ({created.ApiKey.Role}) created. Store it now; it is not shown again:");
        Console.WriteLine(created.Key);
        return 0;
    }

    public static async Task<int> RevokeAsync(ApiKeyService keys, string[] args, ILogger log)
    {
        var prefix = Option(args, "--prefix");
        if (prefix is null)
        {
            log.LogError("Usage: revoke-api-key --prefix <prefix>");
            return 2;
        }
        var revoked = await keys.RevokeAsync(null, prefix, CancellationToken.None);
        if (revoked is null)
        {
            log.LogError("No API key with prefix {Prefix}", prefix);
            return 1;
        }
        log.LogInformation("API key {Prefix} revoked at {RevokedAt:O}", revoked.Prefix, revoked.RevokedAt);
        return 0;
    }

    /// <summary>
    /// The organisation named by id or exact name; on an empty database, with <c>--create-organisation
    /// &lt;kind&gt;</c>, created first (creating one over the API or the workspace needs an account).
    /// Null, with the reason logged, when there is none.
    /// </summary>
    public static async Task<Guid?> FindOrCreateOrganisationAsync(ApiKeyService keys, string organisation, string[] args, ILogger log)
    {
        var organisationId = await keys.FindOrganisationAsync(organisation, CancellationToken.None);
        if (organisationId is not null) return organisationId;
        if (Option(args, "--create-organisation") is not { } kindText)
        {
            log.LogError("No organisation with that id or name; add --create-organisation <kind> to create it");
            return null;
        }
        if (kindText.Any(c => !char.IsAsciiLetter(c) && c != '-')
            || !Enum.TryParse<OrganisationKind>(kindText.Replace("-", ""), ignoreCase: true, out var kind) || !Enum.IsDefined(kind)
            || Guid.TryParse(organisation, out _))
        {
            log.LogError("--create-organisation takes a kind (ngo, government, foreign-government, political-coalition, intergovernmental, media, family-or-lawyer) and --organisation a name");
            return null;
        }
        organisationId = await keys.CreateOrganisationAsync(organisation, kind, CancellationToken.None);
        log.LogInformation("Organisation created: {Name} ({Kind})", organisation, kind);
        return organisationId;
    }

    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
