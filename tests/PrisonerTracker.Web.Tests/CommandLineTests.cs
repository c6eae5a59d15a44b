using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests;

/// <summary>
/// The maintenance commands, run as an operator runs them: the app's own executable on a new,
/// empty database, from migration to a first working API key.
/// </summary>
public sealed partial class CommandLineTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("cli", migrate: false);
    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task EmptyDatabaseGetsMigratedAndAFirstAdminKeyWithItsOrganisation()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);

        var refused = await RunAsync("create-api-key", "--name", "First admin", "--organisation", "Foro Penal", "--role", "admin");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--create-organisation", refused.Output);

        var odd = await RunAsync("create-api-key", "--name", "First admin", "--organisation", "Foro Penal", "--role", "admin", "--create-organisation", "7");
        Assert.Equal(2, odd.ExitCode);

        var created = await RunAsync("create-api-key", "--name", "First admin", "--organisation", "Foro Penal", "--role", "admin", "--create-organisation", "ngo");
        Assert.Equal(0, created.ExitCode);
        var key = KeyLine().Match(created.Output).Value;
        Assert.NotEmpty(key);

        await using var db = _database.CreateContext(TimeProvider.System);
        var organisation = await db.Organisations.SingleAsync();
        Assert.Equal(("Foro Penal", Domain.Common.OrganisationKind.Ngo), (organisation.Name, organisation.Kind));
        var stored = await db.ApiKeys.SingleAsync();
        Assert.Equal(("admin", stored.Prefix), (stored.Role.ToLowerInvariant(), key[3..11]));
        Assert.Equal(Features.ApiKeys.ApiKeySecret.Hash(key), stored.SecretHash);  // the hash, never the key

        var again = await RunAsync("create-api-key", "--name", "Second", "--organisation", "Foro Penal", "--role", "editor", "--create-organisation", "ngo");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(1, await db.Organisations.CountAsync());
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => CommandLine.RunAsync(_database, null, args);

    [GeneratedRegex(@"^pt_[0-9a-f]{8}_\S+$", RegexOptions.Multiline)]
    private static partial Regex KeyLine();
}
