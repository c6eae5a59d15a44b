using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Web.Api;
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
    [property: MaxLength(FieldLimits.Name)] string? Name,
    [property: MaxLength(FieldLimits.NameVariantCount), EachMaxLength(FieldLimits.Name)] IReadOnlyList<string>? NameVariants = null,
    Gender? Gender = null,
    bool? MinorAtArrest = null,
    [property: MaxLength(FieldLimits.NationalityCount), EachMaxLength(FieldLimits.CountryCode)] IReadOnlyList<string>? Nationalities = null,
    ServiceBranch? Service = null,
    [property: MaxLength(FieldLimits.Occupation)] string? Occupation = null,
    [property: MaxLength(FieldLimits.Region)] string? Region = null,
    [property: MaxLength(FieldLimits.ArrestingAgency)] string? ArrestingAgency = null,
    [property: MaxLength(FieldLimits.Charges)] string? Charges = null,
    [property: MaxLength(FieldLimits.Sentence)] string? Sentence = null,
    bool? Withheld = null,
    RestrictedInput? Restricted = null) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Required("name", Name, FieldLimits.Name);
        errors.Each("nameVariants", NameVariants, FieldLimits.Name, FieldLimits.NameVariantCount);
        errors.Defined("gender", Gender);
        errors.Countries("nationalities", Nationalities, FieldLimits.NationalityCount);
        errors.Defined("service", Service);
        errors.MaxLength("occupation", Occupation, FieldLimits.Occupation);
        errors.MaxLength("region", Region, FieldLimits.Region);
        errors.MaxLength("arrestingAgency", ArrestingAgency, FieldLimits.ArrestingAgency);
        errors.MaxLength("charges", Charges, FieldLimits.Charges);
        errors.MaxLength("sentence", Sentence, FieldLimits.Sentence);
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
public sealed record RestrictedInput(
    [property: MaxLength(FieldLimits.NationalId)] string? NationalId = null,
    [property: MaxLength(FieldLimits.FamilyContact)] string? FamilyContact = null,
    [property: MaxLength(FieldLimits.Notes)] string? HealthNotes = null,
    [property: MaxLength(FieldLimits.Notes)] string? PrivateNotes = null)
{
    public void Validate(RequestErrors errors)
    {
        errors.MaxLength("restricted.nationalId", NationalId, FieldLimits.NationalId);
        errors.MaxLength("restricted.familyContact", FamilyContact, FieldLimits.FamilyContact);
        errors.MaxLength("restricted.healthNotes", HealthNotes, FieldLimits.Notes);
        errors.MaxLength("restricted.privateNotes", PrivateNotes, FieldLimits.Notes);
    }

    public RestrictedDetails ToDetails() => new(NationalId, FamilyContact, HealthNotes, PrivateNotes);

    public static RestrictedInput From(RestrictedDetails r) => new(r.NationalId, r.FamilyContact, r.HealthNotes, r.PrivateNotes);
}
