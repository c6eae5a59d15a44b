using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>A person as stored after a write (staff only: restricted fields included). <c>eTag</c> goes in If-Match.</summary>
public sealed record DetaineeWritten(
    Guid Id, string Name, IReadOnlyList<string> NameVariants, Gender Gender, bool MinorAtArrest, IReadOnlyList<string> Nationalities,
    ServiceBranch Service, string? Occupation, string? Region, string? ArrestingAgency, string? Charges, string? Sentence,
    string? ReleaseConditions, bool Withheld, RestrictedInput Restricted, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string ETag)
{
    public static DetaineeWritten From(Detainee d) => new(
        d.Id, d.Name, d.NameVariants, d.Gender, d.MinorAtArrest, d.Nationalities, d.Service, d.Occupation, d.Region,
        d.ArrestingAgency, d.Charges, d.Sentence, d.ReleaseConditions, d.Withheld, RestrictedInput.From(d.Restricted),
        d.CreatedAt, d.UpdatedAt, Api.RecordETag.For(d.Id, d.Version));
}
