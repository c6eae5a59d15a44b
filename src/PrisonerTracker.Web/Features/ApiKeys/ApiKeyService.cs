using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.ApiKeys;

/// <summary>Issues, lists, revokes and checks API keys; used by the endpoints, the CLI and authentication.</summary>
public sealed class ApiKeyService(TrackerDbContext db, TimeProvider clock)
{
    /// <summary>Last-used is written at most this often, so a busy key does not rewrite its row on every call.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<CreatedApiKeyDto> CreateAsync(string name, Guid organisationId, StaffRole role, string createdBy, CancellationToken ct, Guid? userId = null)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
            throw new DomainRuleException("OrganisationId", "There is no organisation with this id.");
        if (userId is not null && !await db.Users.AnyAsync(u => u.Id == userId && u.OrganisationId == organisationId, ct))
            throw new DomainRuleException("UserId", "There is no staff account with this id in this organisation.");
        var (prefix, key) = ApiKeySecret.Generate();
        var apiKey = new ApiKey(Guard.Required(name, "Name", FieldLimits.Name), organisationId, role.ToString(), prefix,
            ApiKeySecret.Hash(key), createdBy, clock.GetUtcNow(), userId);
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKeyDto(apiKey.ToDto(), key);
    }

    /// <summary>Finds an organisation by id or by its exact name (for the command line).</summary>
    public async Task<Guid?> FindOrganisationAsync(string idOrName, CancellationToken ct) =>
        Guid.TryParse(idOrName, out var id)
            ? await db.Organisations.Where(o => o.Id == id).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(ct)
            : await db.Organisations.Where(o => o.Name == idOrName).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(ct);

    /// <summary>A staff account by email address (for the command line's <c>--user</c>).</summary>
    public async Task<(Guid Id, Guid OrganisationId)?> FindUserAsync(string email, CancellationToken ct) =>
        await db.Users.Where(u => u.NormalizedEmail == email.Trim().ToUpperInvariant())
            .Select(u => new { u.Id, u.OrganisationId }).SingleOrDefaultAsync(ct) is { } found ? (found.Id, found.OrganisationId) : null;

    /// <summary>Creates an organisation for a first key on an empty database (command line only).</summary>
    public async Task<Guid> CreateOrganisationAsync(string name, OrganisationKind kind, CancellationToken ct)
    {
        var organisation = new Organisation(name, kind);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation.Id;
    }

    public async Task<IReadOnlyList<ApiKeyDto>> ListAsync(CancellationToken ct) =>
        (await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync(ct)).ConvertAll(k => k.ToDto());

    /// <summary>Revokes the key; revoking twice keeps the first date. Null when there is no such key.</summary>
    public async Task<ApiKeyDto?> RevokeAsync(Guid? id, string? prefix, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => (id != null && k.Id == id) || (prefix != null && k.Prefix == prefix), ct);
        if (key is null) return null;
        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return key.ToDto();
    }

    /// <summary>The key's owner when the presented key is valid and not revoked; otherwise null.</summary>
    public async Task<AuthenticatedKey?> AuthenticateAsync(string presented, CancellationToken ct)
    {
        if (!ApiKeySecret.TryGetPrefix(presented, out var prefix)) return null;
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (key is null || key.IsRevoked || !ApiKeySecret.Matches(presented, key.SecretHash)) return null;

        var now = clock.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt >= LastUsedResolution)
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
        // A key of a disabled account stops working with the account.
        if (key.UserId is { } owner && await db.Users.AnyAsync(u => u.Id == owner && u.DisabledAt != null, ct)) return null;
        return new AuthenticatedKey(key.Id, key.Name, Enum.Parse<StaffRole>(key.Role), key.OrganisationId, key.UserId);
    }
}
