using System.ComponentModel.DataAnnotations;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Web.Features.Detainees;

namespace PrisonerTracker.Web.Pages.Workspace.People;

/// <summary>
/// The person form: the API's <see cref="DetaineeRequest"/> as form fields. Variants are one per
/// line and nationalities a list of codes ("VE, ES"); the restricted fields are sent only by
/// those who may write them.
/// </summary>
public sealed class PersonInput
{
    [Required(ErrorMessage = "Validation.Required")]
    public string? Name { get; set; }
    public string? NameVariants { get; set; }
    public Gender Gender { get; set; }
    public bool MinorAtArrest { get; set; }
    public string? Nationalities { get; set; }
    public ServiceBranch Service { get; set; }
    public string? Occupation { get; set; }
    public string? Region { get; set; }
    public string? ArrestingAgency { get; set; }
    public string? Charges { get; set; }
    public string? Sentence { get; set; }
    public bool Withheld { get; set; }
    public string? NationalId { get; set; }
    public string? FamilyContact { get; set; }
    public string? HealthNotes { get; set; }
    public string? PrivateNotes { get; set; }

    /// <summary>The user has seen the likely duplicates and says this is someone else.</summary>
    public bool ConfirmedNew { get; set; }

    /// <summary>The row version the form was loaded at (the ETag's version).</summary>
    public uint Version { get; set; }

    public IReadOnlyList<string> VariantList => Lines(NameVariants);

    /// <summary>Every name the person is entered under: what the duplicate check compares.</summary>
    public IReadOnlyList<string> AllNames => [.. new[] { Name ?? "" }.Concat(VariantList)];

    /// <param name="withheld">What to ask of withholding: null leaves it as it is.</param>
    public DetaineeRequest ToRequest(bool withRestricted, bool? withheld) => new(
        Name?.Trim(), VariantList, Gender, MinorAtArrest,
        [.. (Nationalities ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToUpperInvariant())],
        Service, Blank(Occupation), Blank(Region), Blank(ArrestingAgency), Blank(Charges), Blank(Sentence), withheld,
        withRestricted ? new RestrictedInput(Blank(NationalId), Blank(FamilyContact), Blank(HealthNotes), Blank(PrivateNotes)) : null);

    public static PersonInput From(Detainee d, bool withRestricted) => new()
    {
        Name = d.Name, NameVariants = string.Join('\n', d.NameVariants), Gender = d.Gender, MinorAtArrest = d.MinorAtArrest,
        Nationalities = string.Join(", ", d.Nationalities), Service = d.Service, Occupation = d.Occupation, Region = d.Region,
        ArrestingAgency = d.ArrestingAgency, Charges = d.Charges, Sentence = d.Sentence, Withheld = d.Withheld, Version = d.Version,
        NationalId = withRestricted ? d.Restricted.NationalId : null, FamilyContact = withRestricted ? d.Restricted.FamilyContact : null,
        HealthNotes = withRestricted ? d.Restricted.HealthNotes : null, PrivateNotes = withRestricted ? d.Restricted.PrivateNotes : null,
    };

    /// <summary>The values as shown side by side when someone else saved first; restricted ones only for those who may see them.</summary>
    public IReadOnlyDictionary<string, string?> Values(bool withRestricted)
    {
        var values = new Dictionary<string, string?>
        {
            [nameof(Name)] = Name?.Trim(), [nameof(NameVariants)] = string.Join("; ", VariantList), [nameof(Gender)] = Gender.ToString(),
            [nameof(MinorAtArrest)] = MinorAtArrest.ToString(), [nameof(Nationalities)] = Nationalities?.Trim(), [nameof(Service)] = Service.ToString(),
            [nameof(Occupation)] = Blank(Occupation), [nameof(Region)] = Blank(Region), [nameof(ArrestingAgency)] = Blank(ArrestingAgency),
            [nameof(Charges)] = Blank(Charges), [nameof(Sentence)] = Blank(Sentence), [nameof(Withheld)] = Withheld.ToString(),
        };
        if (!withRestricted) return values;
        values[nameof(NationalId)] = Blank(NationalId);
        values[nameof(FamilyContact)] = Blank(FamilyContact);
        values[nameof(HealthNotes)] = Blank(HealthNotes);
        values[nameof(PrivateNotes)] = Blank(PrivateNotes);
        return values;
    }

    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct()];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
