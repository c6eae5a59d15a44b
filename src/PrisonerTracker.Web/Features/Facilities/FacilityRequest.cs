using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Features.Facilities;

/// <summary>A detention site as entered by staff. <c>name</c> and <c>kind</c> are required; <c>isOpen</c> defaults to true.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FacilityRequest(
    [property: MaxLength(FieldLimits.Name)] string? Name, FacilityKind? Kind,
    [property: MaxLength(FieldLimits.Operator)] string? Operator = null,
    [property: MaxLength(FieldLimits.Region)] string? Region = null,
    [property: MaxLength(FieldLimits.City)] string? City = null,
    double? Latitude = null, double? Longitude = null, bool? IsOpen = null,
    [property: Range(0, int.MaxValue)] int? ReportedPopulationLow = null,
    [property: Range(0, int.MaxValue)] int? ReportedPopulationHigh = null) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Required("name", Name, FieldLimits.Name);
        errors.Defined("kind", Kind, required: true);
        errors.MaxLength("operator", Operator, FieldLimits.Operator);
        errors.MaxLength("region", Region, FieldLimits.Region);
        errors.MaxLength("city", City, FieldLimits.City);
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
