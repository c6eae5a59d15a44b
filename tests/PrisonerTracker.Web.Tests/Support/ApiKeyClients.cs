using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.ApiKeys;

namespace PrisonerTracker.Web.Tests.Support;

/// <summary>API keys made through the same service the CLI and the admin endpoint use.</summary>
public static class ApiKeyClients
{
    /// <summary>
    /// A key of <paramref name="role"/>; its organisation is <paramref name="organisationId"/>, else the first by name.
    /// With <paramref name="userId"/>, the key acts for that staff account (of that organisation).
    /// </summary>
    public static async Task<CreatedApiKeyDto> CreateApiKeyAsync<TEntry>(this WebApplicationFactory<TEntry> app, StaffRole role, string? name = null,
        Guid? organisationId = null, Guid? userId = null)
        where TEntry : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.TrackerDbContext>();
        var organisation = organisationId ?? await db.Organisations.OrderBy(o => o.Name).Select(o => (Guid?)o.Id).FirstOrDefaultAsync()
            ?? await app.OrganisationAsync("Test NGO");
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        return await keys.CreateAsync(name ?? $"{role} desk", organisation, role, "tests", CancellationToken.None, userId);
    }

    /// <summary>The id of the NGO named <paramref name="name"/>, created when missing: keys of different organisations.</summary>
    public static async Task<Guid> OrganisationAsync<TEntry>(this WebApplicationFactory<TEntry> app, string name) where TEntry : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.TrackerDbContext>();
        if (await db.Organisations.Where(o => o.Name == name).Select(o => (Guid?)o.Id).SingleOrDefaultAsync() is { } existing) return existing;
        var created = new Organisation(name, OrganisationKind.Ngo, "VE");
        db.Organisations.Add(created);
        await db.SaveChangesAsync();
        return created.Id;
    }

    /// <summary>A client that sends a new key of <paramref name="role"/> as its bearer token.</summary>
    public static async Task<HttpClient> ClientWithKeyAsync<TEntry>(this WebApplicationFactory<TEntry> app, StaffRole role, string? name = null,
        Guid? organisationId = null, Guid? userId = null)
        where TEntry : class
    {
        var key = await app.CreateApiKeyAsync(role, name, organisationId, userId);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        return client;
    }
}
