using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>
/// A person as entered by staff (POST, PUT, and the shape a PATCH merges into).
/// <c>withheld</c> and <c>restricted</c> are left as they are when omitted or null, so that a
/// client unaware of them can never publish a withheld person or wipe restricted notes.
/// <c>name</c> is required; <c>nationalities</c> are ISO 3166-1 alpha-2 codes (["VE", "ES"]);
/// <c>withheld: true</c> hides the person from the public at once (still counted in aggregates);
/// <c>withheld: false</c> on a withheld person only requests publication, which another reviewer
/// or admin approves (the person stays withheld meanwhile). <c>restricted</c> may be written
/// only by staff of the organisation that recorded the person, and by admins (403 otherwise).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DetaineeRequest(
    string? Name,
    IReadOnlyList<string>? NameVariants = null,
    Gender? Gender = null,
    bool? MinorAtArrest = null,
    IReadOnlyList<string>? Nationalities = null,
    ServiceBranch? Service = null,
    string? Occupation = null,
    string? Region = null,
    string? ArrestingAgency = null,
    string? Charges = null,
    string? Sentence = null,
    bool? Withheld = null,
    RestrictedInput? Restricted = null) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Required("name", Name, 200);
        errors.Each("nameVariants", NameVariants, 200);
        errors.Defined("gender", Gender);
        errors.Countries("nationalities", Nationalities);
        errors.Defined("service", Service);
        errors.MaxLength("occupation", Occupation, 200);
        errors.MaxLength("region", Region, 100);
        errors.MaxLength("arrestingAgency", ArrestingAgency, 200);
        errors.MaxLength("charges", Charges, 1000);
        errors.MaxLength("sentence", Sentence, 300);
        Restricted?.Validate(errors);
    }

    public PersonalDetails ToDetails() => new(
        Name!, NameVariants, Gender ?? Domain.Common.Gender.Unknown, MinorAtArrest ?? false, Nationalities,
        Service ?? ServiceBranch.Civilian, Occupation, Region, ArrestingAgency, Charges, Sentence);

    /// <summary>
    /// What a merge patch applies to. <c>withheld</c> is left out, so only a patch that names it
    /// withholds (and cancels a publication request) or asks for publication; <c>restricted</c> is
    /// left out for callers who may not write it, so only a patch that names it is refused.
    /// </summary>
    public static DetaineeRequest From(Detainee d, bool withRestricted) => new(
        d.Name, d.NameVariants, d.Gender, d.MinorAtArrest, d.Nationalities, d.Service, d.Occupation, d.Region,
        d.ArrestingAgency, d.Charges, d.Sentence, null, withRestricted ? RestrictedInput.From(d.Restricted) : null);
}

/// <summary>Restricted fields: national ID, family contact, health and private notes. Staff of the recording organisation and admins only.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RestrictedInput(string? NationalId = null, string? FamilyContact = null, string? HealthNotes = null, string? PrivateNotes = null)
{
    public void Validate(RequestErrors errors)
    {
        errors.MaxLength("restricted.nationalId", NationalId, 50);
        errors.MaxLength("restricted.familyContact", FamilyContact, 500);
        errors.MaxLength("restricted.healthNotes", HealthNotes, 4000);
        errors.MaxLength("restricted.privateNotes", PrivateNotes, 4000);
    }

    public RestrictedDetails ToDetails() => new(NationalId, FamilyContact, HealthNotes, PrivateNotes);

    public static RestrictedInput From(RestrictedDetails r) => new(r.NationalId, r.FamilyContact, r.HealthNotes, r.PrivateNotes);
}
