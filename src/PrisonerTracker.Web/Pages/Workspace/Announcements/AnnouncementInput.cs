using System.ComponentModel.DataAnnotations;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Features.Announcements;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Pages.Workspace.Announcements;

/// <summary>
/// The announcement form: the API's <see cref="AnnouncementRequest"/> as form fields. Sources are
/// added one address per line (never removed, as in the API); the named people have their own page.
/// </summary>
public sealed class AnnouncementInput
{
    [Required(ErrorMessage = "Validation.Required")] public string? Speaker { get; set; }
    public string? SpeakerOffice { get; set; }
    [Required(ErrorMessage = "Validation.Required")] public Guid? OrganisationId { get; set; }
    public AnnouncementRole? Role { get; set; }
    [Required(ErrorMessage = "Validation.Required")] public DateOnly? Date { get; set; }
    public ClaimKind Claim { get; set; }
    public NumberQualifier NumberQualifier { get; set; }
    public int? ClaimedLow { get; set; }
    public int? ClaimedHigh { get; set; }
    [Required(ErrorMessage = "Validation.Required")] public string? Scope { get; set; }
    public DateOnly? WindowFrom { get; set; }
    public DateOnly? WindowTo { get; set; }
    public string? Quote { get; set; }
    public string? QuoteLanguage { get; set; }
    public string? QuoteTranslation { get; set; }
    public bool Partial { get; set; }
    public string? NewSources { get; set; }
    public uint Version { get; set; }

    /// <param name="current">The stored announcement: its named people and breakdown are kept as they are.</param>
    public AnnouncementRequest ToRequest(Announcement? current) => new(
        Speaker?.Trim(), OrganisationId, Date, Claim, NumberQualifier, Scope?.Trim(), ClaimedLow, ClaimedHigh, Blank(SpeakerOffice),
        WindowFrom, WindowTo, Blank(Quote), Blank(QuoteLanguage), Blank(QuoteTranslation),
        [.. People.PersonInput.Lines(NewSources).Select(l => Uri.TryCreate(l, UriKind.Absolute, out _) ? new SourceInput(l) : new SourceInput(null, l))],
        current is null ? null : [.. current.NamedDetainees.Select(d => d.Id)], Role, Partial,
        current is null ? null : [.. current.Breakdown.Select(p => new TallyPartInput(p.Group, p.Count))]);

    public static AnnouncementInput From(Announcement a) => new()
    {
        Speaker = a.Speaker, SpeakerOffice = a.SpeakerOffice, OrganisationId = a.OrganisationId, Role = a.Role, Date = a.Date, Claim = a.Claim,
        NumberQualifier = a.Number.Qualifier, ClaimedLow = a.Number.Low, ClaimedHigh = a.Number.Qualifier == NumberQualifier.Range ? a.Number.High : null,
        Scope = a.Scope, WindowFrom = a.WindowFrom, WindowTo = a.WindowTo, Quote = a.Quote, QuoteLanguage = a.QuoteLanguage,
        QuoteTranslation = a.QuoteTranslation, Partial = a.Partial, Version = a.Version,
    };

    public IReadOnlyDictionary<string, string?> Values() => new Dictionary<string, string?>
    {
        [nameof(Speaker)] = Speaker?.Trim(), [nameof(SpeakerOffice)] = Blank(SpeakerOffice), [nameof(OrganisationId)] = OrganisationId?.ToString(),
        [nameof(Role)] = Role?.ToString(), [nameof(Date)] = Date?.ToString("yyyy-MM-dd"), [nameof(Claim)] = Claim.ToString(),
        [nameof(NumberQualifier)] = NumberQualifier.ToString(), [nameof(ClaimedLow)] = ClaimedLow?.ToString(), [nameof(ClaimedHigh)] = ClaimedHigh?.ToString(),
        [nameof(Scope)] = Scope?.Trim(), [nameof(WindowFrom)] = WindowFrom?.ToString("yyyy-MM-dd"), [nameof(WindowTo)] = WindowTo?.ToString("yyyy-MM-dd"),
        [nameof(Quote)] = Blank(Quote), [nameof(QuoteLanguage)] = Blank(QuoteLanguage), [nameof(QuoteTranslation)] = Blank(QuoteTranslation),
        [nameof(Partial)] = Partial.ToString(),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
