using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Detainees;

/// <summary>The public description of a person, as entered or corrected by staff.</summary>
public sealed record PersonalDetails(
    string Name,
    IReadOnlyList<string>? NameVariants = null,
    Gender Gender = Gender.Unknown,
    bool MinorAtArrest = false,
    IReadOnlyList<string>? Nationalities = null,
    ServiceBranch Service = ServiceBranch.Civilian,
    string? Occupation = null,
    string? Region = null,
    string? ArrestingAgency = null,
    string? Charges = null,
    string? Sentence = null);
