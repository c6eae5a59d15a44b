using PrisonerTracker.Web.Pages.Facilities;

namespace PrisonerTracker.Web.Tests.Pages;

public sealed class MapLayoutTests
{
    private static MapPoint At(string name, double lat, double lon) => new(Guid.NewGuid(), name, lat, lon, "/facilities/x");

    [Fact]
    public void PlacesNorthAboveSouthAndWestLeftOfEastInsideTheDrawing()
    {
        var map = MapLayout.Fit([At("Caracas", 10.49, -66.90), At("Maracaibo", 10.65, -71.64), At("Ciudad Bolívar", 8.12, -63.55)]);
        var caracas = map.Markers.Single(m => m.Point.Name == "Caracas");
        var maracaibo = map.Markers.Single(m => m.Point.Name == "Maracaibo");
        var bolivar = map.Markers.Single(m => m.Point.Name == "Ciudad Bolívar");

        Assert.True(maracaibo.X < caracas.X && caracas.X < bolivar.X);
        Assert.True(maracaibo.Y < caracas.Y && caracas.Y < bolivar.Y);
        Assert.All(map.Markers, m => Assert.InRange(m.X, 20, MapLayout.Width - 20));
        Assert.All(map.Markers, m => Assert.InRange(m.Y, 20, MapLayout.Height - 20));
    }

    [Fact]
    public void KeepsDistancesInProportionAcrossBothAxes()
    {
        // One degree east and one degree north near the equator look about the same length.
        var map = MapLayout.Fit([At("A", 0, 0), At("B", 0, 1), At("C", 1, 0)]);
        var a = map.Markers[0];
        var east = map.Markers[1].X - a.X;
        var north = a.Y - map.Markers[2].Y;
        Assert.InRange(east / north, 0.99, 1.01);
    }

    [Fact]
    public void DrawsAGraticuleAtRoundDegreesInsideTheFrame()
    {
        var map = MapLayout.Fit([At("Caracas", 10.49, -66.90), At("Maracaibo", 10.65, -71.64), At("Ciudad Bolívar", 8.12, -63.55)]);
        var latitudes = map.Grid.Where(g => g.IsLatitude).ToList();
        var longitudes = map.Grid.Where(g => !g.IsLatitude).ToList();
        Assert.InRange(latitudes.Count, 1, 8);
        Assert.InRange(longitudes.Count, 2, 8);
        Assert.All(latitudes, g => Assert.InRange(g.Position, 0, MapLayout.Height));
        Assert.All(longitudes, g => Assert.InRange(g.Position, 0, MapLayout.Width));
        // About ten degrees across: a line every two degrees.
        Assert.All(map.Grid, g => Assert.Equal(0, Math.Abs(g.Degrees) % 2, 6));
        Assert.Equal([8, 10, 12], latitudes.Select(g => g.Degrees));
        Assert.Contains(longitudes, g => g.Degrees == -66);
    }

    [Fact]
    public void OneFacilityIsCentredAndNoFacilityDrawsNothing()
    {
        var single = MapLayout.Fit([At("Only", 10.5, -66.9)]);
        Assert.Equal(MapLayout.Width / 2, single.Markers[0].X, 1);
        Assert.Equal(MapLayout.Height / 2, single.Markers[0].Y, 1);
        Assert.Empty(MapLayout.Fit([]).Markers);
    }

    [Fact]
    public void WritesCoordinatesWithAPointWhateverTheCulture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("es");
            var map = MapLayout.Fit([At("A", 10.123, -66.9), At("B", 10.9, -66.1)]);
            Assert.DoesNotContain(",", map.ViewBox);
            Assert.DoesNotContain(",", map.Markers[0].Cx + map.Markers[0].Cy);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
