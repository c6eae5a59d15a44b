using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>A person as stored after a write (staff only). <c>eTag</c> goes in If-Match.</summary>
/// <param name="Withheld">Stays true after <c>withheld: false</c> on a withheld person: publication then waits in <c>pendingPublication</c>.</param>
/// <param name="PendingPublication">A request to publish this withheld person, waiting for another reviewer or admin; absent when none.</param>
/// <param name="RecordingOrganisationId">The organisation that recorded the person (the creating key's); null: admins only.</param>
/// <param name="Restricted">Only for staff of the recording organisation and admins; absent for everyone else.</param>
public sealed record DetaineeWritten(
    Guid Id, string Name, IReadOnlyList<string> NameVariants, Gender Gender, bool MinorAtArrest, IReadOnlyList<string> Nationalities,
    ServiceBranch Service, string? Occupation, string? Region, string? ArrestingAgency, string? Charges, string? Sentence,
    string? ReleaseConditions, bool Withheld,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PendingPublicationDto? PendingPublication,
    Guid? RecordingOrganisationId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RestrictedInput? Restricted,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string ETag)
{
    /// <summary>The person as <paramref name="viewer"/> may see them: restricted fields only for the recording organisation's staff and admins.</summary>
    public static DetaineeWritten From(Detainee d, Viewer viewer) => From(d, viewer.MaySeeRestricted(d.RecordingOrganisationId));

    public static DetaineeWritten From(Detainee d, bool withRestricted) => new(
        d.Id, d.Name, d.NameVariants, d.Gender, d.MinorAtArrest, d.Nationalities, d.Service, d.Occupation, d.Region,
        d.ArrestingAgency, d.Charges, d.Sentence, d.ReleaseConditions, d.Withheld,
        PendingPublicationDto.From(d.PendingPublication), d.RecordingOrganisationId,
        withRestricted ? RestrictedInput.From(d.Restricted) : null,
        d.CreatedAt, d.UpdatedAt, RecordETag.For(d.Id, d.Version));
}
