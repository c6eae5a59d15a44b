using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Features.ApiKeys;

/// <summary>An API key as listed: never its secret.</summary>
/// <param name="UserId">The staff account the key acts for; null on a key made before accounts existed.</param>
public sealed record ApiKeyDto(
    Guid Id, string Name, Guid OrganisationId, StaffRole Role, string Prefix,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, Guid? UserId);

/// <summary>A new key: <c>key</c> is the secret to send as <c>Authorization: Bearer …</c>, shown this once only.</summary>
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string Key);

/// <summary>
/// Create a key for one organisation's desk or script. With <c>userId</c>, the key acts for that
/// staff account (of the same organisation): the four-eyes rule then counts the key as that person.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateApiKeyRequest([property: MaxLength(FieldLimits.Name)] string? Name, Guid? OrganisationId, StaffRole? Role, Guid? UserId = null) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Required("name", Name, FieldLimits.Name);
        errors.Required("organisationId", OrganisationId);
        errors.Defined("role", Role, required: true);
    }
}

/// <summary>Who a valid key belongs to, as the authentication handler needs it.</summary>
public sealed record AuthenticatedKey(Guid Id, string Name, StaffRole Role, Guid OrganisationId, Guid? UserId)
{
    /// <summary>Who the key counts as for the four-eyes rule: its account, or the key itself when it has none.</summary>
    public string AuthorId => UserId is { } user ? Api.Viewer.UserAuthor(user) : $"key:{Id}";
}

public static class ApiKeyMapping
{
    public static ApiKeyDto ToDto(this ApiKey key) => new(
        key.Id, key.Name, key.OrganisationId, Enum.Parse<StaffRole>(key.Role), key.Prefix,
        key.CreatedAt, key.CreatedBy, key.LastUsedAt, key.RevokedAt, key.UserId);
}
