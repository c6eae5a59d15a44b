using System.Globalization;

namespace PrisonerTracker.Web.Pages.Facilities;

/// <summary>A place to draw: its coordinates and the page it links to.</summary>
public sealed record MapPoint(Guid Id, string Name, double Latitude, double Longitude, string Href);

/// <summary>A point placed on the drawing, in SVG user units.</summary>
public sealed record MapMarker(MapPoint Point, double X, double Y)
{
    public string Cx => MapLayout.Units(X);
    public string Cy => MapLayout.Units(Y);
}

/// <summary>A line of equal latitude (horizontal) or longitude (vertical), for orientation; <see cref="Degrees"/> is signed.</summary>
public sealed record GridLine(bool IsLatitude, double Degrees, double Position);

/// <summary>
/// Places facilities on an inline SVG without any tile server: an equirectangular projection
/// fitted to the points' bounding box with padding, in a landscape frame. Longitudes are shrunk
/// by the cosine of the middle latitude so that distances look right far from the equator too.
/// A graticule at round degrees gives orientation where no background map is drawn.
/// </summary>
public sealed class MapLayout
{
    public const double Width = 640;
    public const double Height = 400;

    /// <summary>Smallest span drawn, in degrees (~50 km): one facility, or two in one city, still get a sensible frame.</summary>
    private const double MinimumSpan = 0.5;
    private const double Padding = 0.15;
    private static readonly double[] Steps = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30];

    private MapLayout(IReadOnlyList<MapMarker> markers, IReadOnlyList<GridLine> grid)
    {
        Markers = markers;
        Grid = grid;
    }

    public IReadOnlyList<MapMarker> Markers { get; }
    public IReadOnlyList<GridLine> Grid { get; }
    public string ViewBox => $"0 0 {Units(Width)} {Units(Height)}";

    public static string Units(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static MapLayout Fit(IEnumerable<MapPoint> points)
    {
        var all = points.ToList();
        if (all.Count == 0) return new MapLayout([], []);

        var (south, north) = Span(all.Min(p => p.Latitude), all.Max(p => p.Latitude));
        var (west, east) = Span(all.Min(p => p.Longitude), all.Max(p => p.Longitude));
        var shrink = Math.Cos((south + north) / 2 * Math.PI / 180);
        var scale = Math.Min(Width / ((east - west) * shrink), Height / (north - south));
        // Centre the box; the frame shows a little more of the world on its longer side.
        var xOffset = (Width - (east - west) * shrink * scale) / 2;
        var yOffset = (Height - (north - south) * scale) / 2;
        double X(double lon) => xOffset + (lon - west) * shrink * scale;
        double Y(double lat) => yOffset + (north - lat) * scale;

        var markers = all.Select(p => new MapMarker(p, X(p.Longitude), Y(p.Latitude))).ToList();
        var visible = (West: west - xOffset / (shrink * scale), East: east + xOffset / (shrink * scale),
                       South: south - yOffset / scale, North: north + yOffset / scale);
        var step = Steps.FirstOrDefault(s => Math.Max(visible.East - visible.West, visible.North - visible.South) / s <= 6, 45);
        var grid = Lines(visible.South, visible.North, step).Select(lat => new GridLine(true, lat, Y(lat)))
            .Concat(Lines(visible.West, visible.East, step).Select(lon => new GridLine(false, lon, X(lon))))
            .ToList();
        return new MapLayout(markers, grid);
    }

    private static IEnumerable<double> Lines(double from, double to, double step)
    {
        for (var value = Math.Ceiling(from / step) * step; value <= to; value += step)
            yield return Math.Round(value, 4);
    }

    private static (double Low, double High) Span(double low, double high)
    {
        var span = Math.Max(high - low, MinimumSpan);
        var middle = (low + high) / 2;
        var padded = span * (1 + 2 * Padding);
        return (middle - padded / 2, middle + padded / 2);
    }
}
