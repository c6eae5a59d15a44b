using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Features.Facilities;

/// <summary>A detention site as entered by staff. <c>name</c> and <c>kind</c> are required; <c>isOpen</c> defaults to true.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FacilityRequest(
    string? Name, FacilityKind? Kind, string? Operator = null, string? Region = null, string? City = null,
    double? Latitude = null, double? Longitude = null, bool? IsOpen = null,
    int? ReportedPopulationLow = null, int? ReportedPopulationHigh = null) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Required("name", Name, 200);
        errors.Defined("kind", Kind, required: true);
        errors.MaxLength("operator", Operator, 200);
        errors.MaxLength("region", Region, 100);
        errors.MaxLength("city", City, 100);
        errors.NotNegative("reportedPopulationLow", ReportedPopulationLow);
        errors.NotNegative("reportedPopulationHigh", ReportedPopulationHigh);
    }

    public void ApplyTo(Facility facility)
    {
        facility.Describe(Name!, Kind!.Value, Operator, Region, City);
        facility.Locate(Latitude, Longitude);
        facility.ReportPopulation(ReportedPopulationLow, ReportedPopulationHigh);
        if (IsOpen ?? true) facility.Reopen(); else facility.Close();
    }

    public static FacilityRequest From(Facility f) => new(
        f.Name, f.Kind, f.Operator, f.Region, f.City, f.Latitude, f.Longitude, f.IsOpen, f.ReportedPopulationLow, f.ReportedPopulationHigh);
}

/// <summary>A facility as stored after a write; <c>eTag</c> goes in If-Match.</summary>
public sealed record FacilityWritten(
    Guid Id, string Name, FacilityKind Kind, string? Operator, string? Region, string? City, double? Latitude, double? Longitude,
    bool IsOpen, int? ReportedPopulationLow, int? ReportedPopulationHigh, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string ETag)
{
    public static FacilityWritten From(Facility f) => new(
        f.Id, f.Name, f.Kind, f.Operator, f.Region, f.City, f.Latitude, f.Longitude, f.IsOpen,
        f.ReportedPopulationLow, f.ReportedPopulationHigh, f.CreatedAt, f.UpdatedAt, Api.RecordETag.For(f.Id, f.Version));
}
