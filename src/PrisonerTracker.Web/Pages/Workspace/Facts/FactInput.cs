using System.ComponentModel.DataAnnotations;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Pages.Workspace.Facts;

/// <summary>
/// The record-a-fact form. It becomes the API's <see cref="EventRequest"/>, so the page and the API
/// record through the same validation and the same write service.
/// </summary>
public sealed class FactInput
{
    /// <summary>The usual conditions of a conditional release, stored in these words (the record's language is the source's).</summary>
    public static readonly IReadOnlyList<string> KnownConditions = ["Periodic presentation before a court", "Travel ban", "Gag order"];

    public const int SourceRows = 3;

    [Required(ErrorMessage = "Validation.Required")]
    public Guid? PersonId { get; set; }
    public Guid? CorrectsEventId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    public EventKind? Kind { get; set; }

    /// <summary>Indexes into <see cref="KnownConditions"/> that are ticked.</summary>
    public List<int> Conditions { get; set; } = [];

    public string? OtherConditions { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? Date { get; set; }
    public DatePrecision Precision { get; set; } = DatePrecision.Day;
    public bool DateApproximate { get; set; }
    public Guid? FacilityId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    public Guid? ReportingOrganisationId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    public Confidence? Confidence { get; set; }

    public List<SourceFields> Sources { get; set; } = [.. Enumerable.Range(0, SourceRows).Select(_ => new SourceFields())];

    public string? Notes { get; set; }

    /// <summary>The ticked and written conditions as one text, or null when there are none.</summary>
    public string? ConditionsText()
    {
        var all = Conditions.Where(i => i >= 0 && i < KnownConditions.Count).Distinct().Order().Select(i => KnownConditions[i])
            .Concat(string.IsNullOrWhiteSpace(OtherConditions) ? [] : [OtherConditions.Trim()]).ToList();
        return all.Count == 0 ? null : string.Join("; ", all);
    }

    /// <summary>Sources with something in them; an empty row is no source.</summary>
    public IEnumerable<(int Row, SourceFields Fields)> FilledSources() =>
        Sources.Select((s, i) => (i, s)).Where(x => !x.s.IsEmpty);

    public EventRequest ToRequest() => new(
        Kind, Date, Confidence, DateApproximate, FacilityId, ReportingOrganisationId, null, ConditionsText(),
        string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
        [.. FilledSources().Select(x => (SourceInput?)new SourceInput(Blank(x.Fields.Url), Blank(x.Fields.DocumentName), Blank(x.Fields.Publisher), x.Fields.PublishedOn))],
        Precision, CorrectsEventId);

    /// <summary>The form filled from an approved fact, for its correction.</summary>
    public static FactInput From(EventDto fact)
    {
        var input = new FactInput
        {
            PersonId = fact.DetaineeId, CorrectsEventId = fact.Id, Kind = fact.Kind, Date = fact.Date, Precision = fact.DatePrecision,
            DateApproximate = fact.DateApproximate, FacilityId = fact.Facility?.Id, ReportingOrganisationId = fact.ReportingOrganisation?.Id,
            Confidence = fact.Confidence == Domain.Events.Confidence.Confirmed ? Domain.Events.Confidence.Verified : fact.Confidence, Notes = fact.Notes,
        };
        var other = new List<string>();
        foreach (var part in (fact.Conditions ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var known = KnownConditions.ToList().IndexOf(part);
            if (known >= 0) input.Conditions.Add(known); else other.Add(part);
        }
        input.OtherConditions = other.Count == 0 ? null : string.Join("; ", other);
        for (var i = 0; i < Math.Min(SourceRows, fact.Sources.Count); i++)
        {
            var s = fact.Sources[i];
            input.Sources[i] = new SourceFields { Url = s.Url, DocumentName = s.Url is null ? s.Label : null, Publisher = s.Publisher, PublishedOn = s.PublishedOn };
        }
        return input;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed class SourceFields
    {
        public string? Url { get; set; }
        public string? DocumentName { get; set; }
        public string? Publisher { get; set; }
        public DateOnly? PublishedOn { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Url) && string.IsNullOrWhiteSpace(DocumentName)
            && string.IsNullOrWhiteSpace(Publisher) && PublishedOn is null;
    }
}
