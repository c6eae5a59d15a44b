using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Web.Features.Facilities;

namespace PrisonerTracker.Web.Pages.Workspace.Facilities;

/// <summary>The facility form: the API's <see cref="FacilityRequest"/> as form fields.</summary>
public sealed class FacilityInput
{
    [Required(ErrorMessage = "Validation.Required")] public string? Name { get; set; }
    [Required(ErrorMessage = "Validation.Required")] public FacilityKind? Kind { get; set; }
    public string? Operator { get; set; }
    public string? Region { get; set; }
    public string? City { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public bool IsOpen { get; set; } = true;
    public int? ReportedPopulationLow { get; set; }
    public int? ReportedPopulationHigh { get; set; }
    public uint Version { get; set; }

    public FacilityRequest ToRequest() => new(Name?.Trim(), Kind, Blank(Operator), Blank(Region), Blank(City), Latitude, Longitude, IsOpen,
        ReportedPopulationLow, ReportedPopulationHigh);

    public static FacilityInput From(Facility f) => new()
    {
        Name = f.Name, Kind = f.Kind, Operator = f.Operator, Region = f.Region, City = f.City, Latitude = f.Latitude, Longitude = f.Longitude,
        IsOpen = f.IsOpen, ReportedPopulationLow = f.ReportedPopulationLow, ReportedPopulationHigh = f.ReportedPopulationHigh, Version = f.Version,
    };

    public IReadOnlyDictionary<string, string?> Values() => new Dictionary<string, string?>
    {
        [nameof(Name)] = Name?.Trim(), [nameof(Kind)] = Kind?.ToString(), [nameof(Operator)] = Blank(Operator), [nameof(Region)] = Blank(Region),
        [nameof(City)] = Blank(City), [nameof(Latitude)] = Latitude?.ToString(CultureInfo.InvariantCulture),
        [nameof(Longitude)] = Longitude?.ToString(CultureInfo.InvariantCulture), [nameof(IsOpen)] = IsOpen.ToString(),
        [nameof(ReportedPopulationLow)] = ReportedPopulationLow?.ToString(), [nameof(ReportedPopulationHigh)] = ReportedPopulationHigh?.ToString(),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
