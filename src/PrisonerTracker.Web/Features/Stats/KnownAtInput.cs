using System.Globalization;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>
/// The <c>knownAt</c> parameter of pages and API reads: figures as they were known at an instant, so
/// that a number cited on a day can be reproduced exactly later (docs/api.md, "Reproducible figures").
/// </summary>
public static class KnownAtInput
{
    public const string Name = "knownAt";

    /// <summary>What a future instant is told: nothing is known there yet.</summary>
    public const string FutureMessage = "'knownAt' must not be in the future.";

    /// <summary>An ISO 8601 instant with an offset or Z; a bare date or local time is ambiguous and refused.</summary>
    public static bool TryParse(string value, out DateTimeOffset instant)
    {
        instant = default;
        var text = value.Trim();
        if (text.Length > Api.ValueFormats.InstantLength || text.Length < 20 || !(text.EndsWith('Z') || text[^6] is '+' or '-')) return false;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) return false;
        instant = parsed.ToUniversalTime();
        return true;
    }

    /// <summary>How an instant is written in links: UTC with Z, to the tick the figures were computed at (no character needs escaping).</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
