using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Features.ApiKeys;

/// <summary>An API key as listed: never its secret.</summary>
public sealed record ApiKeyDto(
    Guid Id, string Name, Guid OrganisationId, StaffRole Role, string Prefix,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>A new key: <c>key</c> is the secret to send as <c>Authorization: Bearer …</c>, shown this once only.</summary>
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string Key);

/// <summary>Create a key for one organisation's desk or script.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateApiKeyRequest([property: MaxLength(FieldLimits.Name)] string? Name, Guid? OrganisationId, StaffRole? Role) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Required("name", Name, FieldLimits.Name);
        errors.Required("organisationId", OrganisationId);
        errors.Defined("role", Role, required: true);
    }
}

/// <summary>Who a valid key belongs to, as the authentication handler needs it.</summary>
public sealed record AuthenticatedKey(Guid Id, string Name, StaffRole Role, Guid OrganisationId);

public static class ApiKeyMapping
{
    public static ApiKeyDto ToDto(this ApiKey key) => new(
        key.Id, key.Name, key.OrganisationId, Enum.Parse<StaffRole>(key.Role), key.Prefix,
        key.CreatedAt, key.CreatedBy, key.LastUsedAt, key.RevokedAt);
}
