using System.Text.RegularExpressions;

namespace PrisonerTracker.Web.Tests.Support;

/// <summary>Reads figures out of rendered pages by their test hooks, never by their formatted text.</summary>
public static partial class PageFigures
{
    /// <summary>The invariant <c>data-value</c> of the element marked <c>data-testid="<paramref name="testId"/>"</c> (on it or its first child carrying one).</summary>
    public static int? Value(string html, string testId)
    {
        var at = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no element with data-testid=\"{testId}\"");
        var match = DataValue().Match(html, at);
        Assert.True(match.Success, $"no data-value after data-testid=\"{testId}\"");
        return match.Groups["value"].Value.Length == 0 ? null : int.Parse(match.Groups["value"].Value);
    }

    /// <summary>An attribute of the element marked <c>data-testid="<paramref name="testId"/>"</c>, e.g. <c>data-low</c>; null when it has none.</summary>
    public static int? Attribute(string html, string testId, string attribute)
    {
        var match = Regex.Match(html, $"<[^>]*data-testid=\"{Regex.Escape(testId)}\"[^>]*>");
        Assert.True(match.Success, $"no element with data-testid=\"{testId}\"");
        var value = Regex.Match(match.Value, $"\\s{Regex.Escape(attribute)}=\"(?<value>-?\\d+)\"");
        return value.Success ? int.Parse(value.Groups["value"].Value) : null;
    }

    /// <summary>The HTML of the element marked <c>data-testid="<paramref name="testId"/>"</c> up to the next element with a test hook of the same kind.</summary>
    public static string Section(string html, string testId, string end)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element with data-testid=\"{testId}\"");
        var stop = html.IndexOf(end, start, StringComparison.Ordinal);
        return stop < 0 ? html[start..] : html[start..stop];
    }

    [GeneratedRegex("data-value=\"(?<value>-?\\d*)\"")]
    private static partial Regex DataValue();
}
