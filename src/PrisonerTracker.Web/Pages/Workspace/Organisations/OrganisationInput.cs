using System.ComponentModel.DataAnnotations;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Web.Features.Organisations;

namespace PrisonerTracker.Web.Pages.Workspace.Organisations;

/// <summary>The organisation form: the API's <see cref="OrganisationRequest"/> as form fields.</summary>
public sealed class OrganisationInput
{
    [Required(ErrorMessage = "Validation.Required")] public string? Name { get; set; }
    [Required(ErrorMessage = "Validation.Required")] public OrganisationKind? Kind { get; set; }
    public string? Country { get; set; }
    public string? Website { get; set; }
    public uint Version { get; set; }

    public OrganisationRequest ToRequest() => new(Name?.Trim(), Kind, Blank(Country)?.ToUpperInvariant(), Blank(Website));

    public static OrganisationInput From(Organisation o) => new() { Name = o.Name, Kind = o.Kind, Country = o.Country, Website = o.Website, Version = o.Version };

    public IReadOnlyDictionary<string, string?> Values() => new Dictionary<string, string?>
    {
        [nameof(Name)] = Name?.Trim(), [nameof(Kind)] = Kind?.ToString(), [nameof(Country)] = Blank(Country)?.ToUpperInvariant(), [nameof(Website)] = Blank(Website),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
