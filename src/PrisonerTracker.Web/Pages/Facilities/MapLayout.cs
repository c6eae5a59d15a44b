using System.Globalization;

namespace PrisonerTracker.Web.Pages.Facilities;

/// <summary>A place to draw: its coordinates and the page it links to.</summary>
public sealed record MapPoint(Guid Id, string Name, double Latitude, double Longitude, string Href);

/// <summary>A point placed on the drawing, in SVG user units.</summary>
public sealed record MapMarker(MapPoint Point, double X, double Y)
{
    public string Cx => X.ToString("0.#", CultureInfo.InvariantCulture);
    public string Cy => Y.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>
/// Places facilities on an inline SVG without any tile server: an equirectangular projection
/// fitted to the points' bounding box with padding. Longitudes are shrunk by the cosine of the
/// middle latitude so that distances look right near the equator and far from it alike.
/// </summary>
public sealed class MapLayout
{
    public const double Width = 640;

    /// <summary>Smallest span drawn, in degrees (~50 km): one facility, or two in one city, still get a sensible frame.</summary>
    private const double MinimumSpan = 0.5;

    private const double Padding = 0.15;

    private MapLayout(IReadOnlyList<MapMarker> markers, double height)
    {
        Markers = markers;
        Height = height;
    }

    public IReadOnlyList<MapMarker> Markers { get; }
    public double Height { get; }
    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width:0.#} {Height:0.#}");

    public static MapLayout Fit(IEnumerable<MapPoint> points)
    {
        var all = points.ToList();
        if (all.Count == 0) return new MapLayout([], Width / 2);

        var (south, north) = Span(all.Min(p => p.Latitude), all.Max(p => p.Latitude));
        var (west, east) = Span(all.Min(p => p.Longitude), all.Max(p => p.Longitude));
        var shrink = Math.Cos((south + north) / 2 * Math.PI / 180);
        var widthUnits = (east - west) * shrink;
        var heightUnits = north - south;
        // Fit the wider dimension to the drawing; the other keeps the same scale.
        var scale = Width / Math.Max(widthUnits, heightUnits);
        var height = Math.Max(heightUnits * scale, Width / 3);
        var xOffset = (Width - widthUnits * scale) / 2;
        var yOffset = (height - heightUnits * scale) / 2;

        var markers = all
            .Select(p => new MapMarker(p, xOffset + (p.Longitude - west) * shrink * scale, yOffset + (north - p.Latitude) * scale))
            .ToList();
        return new MapLayout(markers, height);
    }

    private static (double Low, double High) Span(double low, double high)
    {
        var span = Math.Max(high - low, MinimumSpan);
        var middle = (low + high) / 2;
        var padded = span * (1 + 2 * Padding);
        return (middle - padded / 2, middle + padded / 2);
    }
}
