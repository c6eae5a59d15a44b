using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api.Validation;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>
/// A public claim as worded. Required: <c>speaker</c>, <c>organisationId</c>, <c>date</c>, <c>claim</c>,
/// <c>numberQualifier</c> and <c>scope</c>; <c>claimedLow</c>/<c>claimedHigh</c> as the qualifier needs
/// ("over 400": atLeast 400; "60 to 70": range 60–70; "a significant number": none). Sources are
/// added, never removed; <c>namedDetaineeIds</c> is the full list of people the statement named.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AnnouncementRequest(
    string? Speaker, Guid? OrganisationId, DateOnly? Date, ClaimKind? Claim, NumberQualifier? NumberQualifier, string? Scope,
    int? ClaimedLow = null, int? ClaimedHigh = null, string? SpeakerOffice = null, DateOnly? WindowFrom = null, DateOnly? WindowTo = null,
    string? Quote = null, string? QuoteLanguage = null, string? QuoteTranslation = null,
    IReadOnlyList<SourceInput?>? Sources = null, IReadOnlyList<Guid>? NamedDetaineeIds = null) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Required("speaker", Speaker, 200);
        errors.Required("organisationId", OrganisationId);
        errors.Required("date", Date);
        errors.Defined("claim", Claim, required: true);
        errors.Defined("numberQualifier", NumberQualifier, required: true);
        errors.Required("scope", Scope, 300);
        errors.NotNegative("claimedLow", ClaimedLow);
        errors.NotNegative("claimedHigh", ClaimedHigh);
        errors.MaxLength("speakerOffice", SpeakerOffice, 200);
        errors.MaxLength("quote", Quote, 4000);
        errors.MaxLength("quoteLanguage", QuoteLanguage, 10);
        errors.MaxLength("quoteTranslation", QuoteTranslation, 4000);
        SourceInput.ValidateAll(errors, Sources);
        if (NamedDetaineeIds is { Count: > 500 }) errors.Add("namedDetaineeIds", "At most 500 people per announcement.");
    }

    public static AnnouncementRequest From(Announcement a) => new(
        a.Speaker, a.OrganisationId, a.Date, a.Claim, a.Number.Qualifier, a.Scope, a.Number.Low,
        a.Number.Qualifier == Domain.Common.NumberQualifier.Range ? a.Number.High : null, a.SpeakerOffice, a.WindowFrom, a.WindowTo,
        a.Quote, a.QuoteLanguage, a.QuoteTranslation,
        [.. a.Sources.Select(s => new SourceInput(s.Url, s.DocumentName, s.Publisher, s.PublishedOn, s.Language))],
        [.. a.NamedDetainees.Select(d => d.Id)]);
}

/// <summary>An announcement as stored after a write; <c>eTag</c> goes in If-Match.</summary>
public sealed record AnnouncementWritten(
    Guid Id, string Speaker, string? SpeakerOffice, Guid OrganisationId, DateOnly Date, ClaimKind Claim, NumberQualifier NumberQualifier,
    int? ClaimedLow, int? ClaimedHigh, string Scope, DateOnly? WindowFrom, DateOnly? WindowTo, string? Quote, string? QuoteLanguage,
    string? QuoteTranslation, IReadOnlyList<SourceDto> Sources, IReadOnlyList<Guid> NamedDetaineeIds,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string ETag)
{
    public static AnnouncementWritten From(Announcement a) => new(
        a.Id, a.Speaker, a.SpeakerOffice, a.OrganisationId, a.Date, a.Claim, a.Number.Qualifier, a.Number.Low, a.Number.High, a.Scope,
        a.WindowFrom, a.WindowTo, a.Quote, a.QuoteLanguage, a.QuoteTranslation,
        [.. a.Sources.Select(s => new SourceDto(s.Label, s.Url, s.Publisher, s.PublishedOn, s.Language))],
        [.. a.NamedDetainees.Select(d => d.Id)], a.CreatedAt, a.UpdatedAt, Api.RecordETag.For(a.Id, a.Version));
}
