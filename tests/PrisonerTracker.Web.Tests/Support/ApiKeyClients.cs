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
    public static async Task<CreatedApiKeyDto> CreateApiKeyAsync<TEntry>(this WebApplicationFactory<TEntry> app, StaffRole role, string? name = null)
        where TEntry : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.TrackerDbContext>();
        var organisation = await db.Organisations.OrderBy(o => o.Name).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
        if (organisation is null)
        {
            var created = new Organisation("Test NGO", OrganisationKind.Ngo, "VE");
            db.Organisations.Add(created);
            await db.SaveChangesAsync();
            organisation = created.Id;
        }
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        return await keys.CreateAsync(name ?? $"{role} desk", organisation.Value, role, "tests", CancellationToken.None);
    }

    /// <summary>A client that sends a new key of <paramref name="role"/> as its bearer token.</summary>
    public static async Task<HttpClient> ClientWithKeyAsync<TEntry>(this WebApplicationFactory<TEntry> app, StaffRole role, string? name = null)
        where TEntry : class
    {
        var key = await app.CreateApiKeyAsync(role, name);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        return client;
    }
}
