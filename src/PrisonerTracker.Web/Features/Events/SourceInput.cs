using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Sources;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>A source cited by an event or an announcement: a URL or a named document (one of them is required).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SourceInput(
    [property: MaxLength(FieldLimits.SourceUrl)] string? Url = null,
    [property: MaxLength(FieldLimits.DocumentName)] string? DocumentName = null,
    [property: MaxLength(FieldLimits.Publisher)] string? Publisher = null,
    DateOnly? PublishedOn = null,
    [property: MaxLength(FieldLimits.LanguageTag)] string? Language = null)
{
    public const int MaxPerRecord = FieldLimits.SourcesPerRecord;

    public static void ValidateAll(RequestErrors errors, IReadOnlyList<SourceInput?>? sources)
    {
        if (sources is null) return;
        if (sources.Count > MaxPerRecord) errors.Add("sources", $"At most {MaxPerRecord} sources per record.");
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            var field = $"sources[{i}]";
            if (source is null || (string.IsNullOrWhiteSpace(source.Url) && string.IsNullOrWhiteSpace(source.DocumentName)))
            {
                errors.Add(field, "A source needs a url or a documentName.");
                continue;
            }
            errors.WebAddress($"{field}.url", source.Url, FieldLimits.SourceUrl);
            errors.MaxLength($"{field}.documentName", source.DocumentName, FieldLimits.DocumentName);
            errors.MaxLength($"{field}.publisher", source.Publisher, FieldLimits.Publisher);
            errors.MaxLength($"{field}.language", source.Language, FieldLimits.LanguageTag);
        }
    }

    /// <summary>The stored sources: an address cited before is reused, so one article is one source.</summary>
    public static async Task<List<Source>> ResolveAsync(TrackerDbContext db, IReadOnlyList<SourceInput?>? sources, CancellationToken ct)
    {
        var result = new List<Source>();
        foreach (var input in sources ?? [])
        {
            var url = input!.Url?.Trim();
            var existing = string.IsNullOrEmpty(url) ? null : await db.Sources.FirstOrDefaultAsync(s => s.Url == url, ct);
            result.Add(existing ?? new Source(url, input.DocumentName, input.Publisher, input.PublishedOn, input.Language));
        }
        return result;
    }
}
