using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Domain.Tests.Support;

namespace PrisonerTracker.Domain.Tests;

public sealed class FacilityTests
{
    private static Facility Helicoide() => new("El Helicoide", FacilityKind.IntelligenceService, "Distrito Capital", "Caracas");

    [Fact]
    public void LocateStoresBothCoordinates()
    {
        var facility = Helicoide();

        facility.Locate(10.4906, -66.9036);

        Assert.Equal(10.4906, facility.Latitude);
        Assert.Equal(-66.9036, facility.Longitude);
    }

    [Fact]
    public void LocateWithNeitherCoordinateClearsTheLocation()
    {
        var facility = Helicoide();
        facility.Locate(10, -66);

        facility.Locate(null, null);

        Assert.Null(facility.Latitude);
        Assert.Null(facility.Longitude);
    }

    [Theory]
    [InlineData(10.0, null)]
    [InlineData(null, -66.0)]
    public void LocateWithOnlyOneCoordinateIsRejected(double? latitude, double? longitude)
    {
        Rule.Broken("Latitude", () => Helicoide().Locate(latitude, longitude), "both latitude and longitude");
    }

    [Theory]
    [InlineData(90.5, 0, "Latitude")]
    [InlineData(-91, 0, "Latitude")]
    [InlineData(double.NaN, 0, "Latitude")]
    [InlineData(0, 180.5, "Longitude")]
    [InlineData(0, -181, "Longitude")]
    [InlineData(0, double.NaN, "Longitude")]
    public void LocateOutOfRangeIsRejected(double latitude, double longitude, string field)
    {
        var facility = Helicoide();

        Rule.Broken(field, () => facility.Locate(latitude, longitude), "must be between");
        Assert.Null(facility.Latitude);
    }

    [Fact]
    public void LocateAcceptsTheEdgesOfTheRange()
    {
        var facility = Helicoide();

        facility.Locate(-90, 180);

        Assert.Equal(-90, facility.Latitude);
        Assert.Equal(180, facility.Longitude);
    }

    [Fact]
    public void ReportPopulationStoresARange()
    {
        var facility = Helicoide();

        facility.ReportPopulation(50, 80);

        Assert.Equal(50, facility.ReportedPopulationLow);
        Assert.Equal(80, facility.ReportedPopulationHigh);
    }

    [Fact]
    public void ReportPopulationWithASingleFigureUsesItForBothEnds()
    {
        var facility = Helicoide();

        facility.ReportPopulation(65, null);

        Assert.Equal(65, facility.ReportedPopulationLow);
        Assert.Equal(65, facility.ReportedPopulationHigh);
    }

    [Fact]
    public void ReportPopulationWithLowAboveHighIsRejected()
    {
        Rule.Broken("ReportedPopulationLow", () => Helicoide().ReportPopulation(80, 50), "low end (80) is above the high end (50)");
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(5, -1)]
    public void ReportPopulationNegativeIsRejected(int? low, int? high)
    {
        Rule.Broken("ReportedPopulationLow", () => Helicoide().ReportPopulation(low, high), "cannot be negative");
    }

    [Fact]
    public void DescribeRejectsAnUnknownKind()
    {
        var facility = Helicoide();

        Rule.Broken("Kind", () => facility.Describe("El Helicoide", (FacilityKind)40, null, null, null), "Unknown facility kind");
    }

    [Fact]
    public void NewFacilityIsOpenUntilClosed()
    {
        var facility = Helicoide();
        Assert.True(facility.IsOpen);

        facility.Close();

        Assert.False(facility.IsOpen);
    }
}
