using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Facilities;

/// <summary>A detention site. Coordinates let the public map draw without a tile server.</summary>
public sealed class Facility : Entity
{
    private Facility() { Name = ""; }

    public Facility(string name, FacilityKind kind, string? region, string? city)
    {
        Name = Guard.Required(name, nameof(Name), FieldLimits.Name);
        Kind = kind;
        Region = Guard.Optional(region, nameof(Region), FieldLimits.Region);
        City = Guard.Optional(city, nameof(City), FieldLimits.City);
        IsOpen = true;
    }

    public string Name { get; private set; }
    public FacilityKind Kind { get; private set; }
    public string? Operator { get; private set; }
    public string? Region { get; private set; }
    public string? City { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public bool IsOpen { get; private set; }

    /// <summary>Reported population as a range ("50 to 80"); equal ends for a single figure.</summary>
    public int? ReportedPopulationLow { get; private set; }
    public int? ReportedPopulationHigh { get; private set; }

    public void Describe(string name, FacilityKind kind, string? @operator, string? region, string? city)
    {
        Name = Guard.Required(name, nameof(Name), FieldLimits.Name);
        if (!Enum.IsDefined(kind)) throw new DomainRuleException(nameof(Kind), "Unknown facility kind.");
        Kind = kind;
        Operator = Guard.Optional(@operator, nameof(Operator), FieldLimits.Operator);
        Region = Guard.Optional(region, nameof(Region), FieldLimits.Region);
        City = Guard.Optional(city, nameof(City), FieldLimits.City);
    }

    public void Locate(double? latitude, double? longitude)
    {
        if (latitude is null != longitude is null)
            throw new DomainRuleException(nameof(Latitude), "Give both latitude and longitude, or neither.");
        if (latitude is not null and not (>= -90 and <= 90)) throw new DomainRuleException(nameof(Latitude), "Latitude must be between -90 and 90.");
        if (longitude is not null and not (>= -180 and <= 180)) throw new DomainRuleException(nameof(Longitude), "Longitude must be between -180 and 180.");
        Latitude = latitude;
        Longitude = longitude;
    }

    public void ReportPopulation(int? low, int? high)
    {
        if (low is < 0 || high is < 0) throw new DomainRuleException(nameof(ReportedPopulationLow), "A population cannot be negative.");
        if (low is not null && high is not null && low > high)
            throw new DomainRuleException(nameof(ReportedPopulationLow), $"The low end ({low}) is above the high end ({high}).");
        ReportedPopulationLow = low;
        ReportedPopulationHigh = high ?? low;
    }

    public void Close() => IsOpen = false;
    public void Reopen() => IsOpen = true;
}
