using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Features.Organisations;

/// <summary>An organisation as entered by staff. <c>name</c> (unique) and <c>kind</c> are required; <c>country</c> is ISO 3166-1 alpha-2.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OrganisationRequest(
    [property: MaxLength(FieldLimits.Name)] string? Name, OrganisationKind? Kind,
    [property: MaxLength(FieldLimits.CountryCode)] string? Country = null,
    [property: MaxLength(FieldLimits.Website)] string? Website = null) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Required("name", Name, FieldLimits.Name);
        errors.Defined("kind", Kind, required: true);
        if (Country is not null) errors.Countries("country", [Country]);
        errors.WebAddress("website", Website, FieldLimits.Website);
    }

    public static OrganisationRequest From(Organisation o) => new(o.Name, o.Kind, o.Country, o.Website);
}

/// <summary>An organisation as stored after a write; <c>eTag</c> goes in If-Match.</summary>
public sealed record OrganisationWritten(
    Guid Id, string Name, OrganisationKind Kind, string? Country, string? Website, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string ETag)
{
    public static OrganisationWritten From(Organisation o) =>
        new(o.Id, o.Name, o.Kind, o.Country, o.Website, o.CreatedAt, o.UpdatedAt, Api.RecordETag.For(o.Id, o.Version));
}
