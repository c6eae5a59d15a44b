using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api.Validation;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>
/// A public statement of a number as worded. Required: <c>speaker</c>, <c>organisationId</c>, <c>date</c>, <c>claim</c>,
/// <c>numberQualifier</c> and <c>scope</c>; <c>claimedLow</c>/<c>claimedHigh</c> as the qualifier needs
/// ("over 400": moreThan 400; "at least 800": atLeast 800; "60 to 70": range 60–70; "a significant number": none).
/// <c>role</c> (claim or tally) defaults to the organisation kind's: a government's claim, everyone else's tally.
/// <c>partial</c> marks a count of only part of the people (one nationality, a list of names). <c>breakdown</c>
/// gives a tally of people held by group. Sources are added, never removed; <c>namedDetaineeIds</c> is the full
/// list of people the statement named.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AnnouncementRequest(
    [property: MaxLength(FieldLimits.Name)] string? Speaker, Guid? OrganisationId, DateOnly? Date, ClaimKind? Claim, NumberQualifier? NumberQualifier,
    [property: MaxLength(FieldLimits.Scope)] string? Scope,
    [property: Range(0, int.MaxValue)] int? ClaimedLow = null,
    [property: Range(0, int.MaxValue)] int? ClaimedHigh = null,
    [property: MaxLength(FieldLimits.SpeakerOffice)] string? SpeakerOffice = null, DateOnly? WindowFrom = null, DateOnly? WindowTo = null,
    [property: MaxLength(FieldLimits.Notes)] string? Quote = null,
    [property: MaxLength(FieldLimits.LanguageTag)] string? QuoteLanguage = null,
    [property: MaxLength(FieldLimits.Notes)] string? QuoteTranslation = null,
    [property: MaxLength(FieldLimits.SourcesPerRecord)] IReadOnlyList<SourceInput?>? Sources = null,
    [property: MaxLength(FieldLimits.NamedPeoplePerAnnouncement)] IReadOnlyList<Guid>? NamedDetaineeIds = null,
    AnnouncementRole? Role = null, bool? Partial = null,
    [property: MaxLength(FieldLimits.BreakdownGroups)] IReadOnlyList<TallyPartInput?>? Breakdown = null) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Required("speaker", Speaker, FieldLimits.Name);
        errors.Required("organisationId", OrganisationId);
        errors.Required("date", Date);
        errors.Defined("claim", Claim, required: true);
        errors.Defined("numberQualifier", NumberQualifier, required: true);
        errors.Required("scope", Scope, FieldLimits.Scope);
        errors.NotNegative("claimedLow", ClaimedLow);
        errors.NotNegative("claimedHigh", ClaimedHigh);
        errors.MaxLength("speakerOffice", SpeakerOffice, FieldLimits.SpeakerOffice);
        errors.MaxLength("quote", Quote, FieldLimits.Notes);
        errors.MaxLength("quoteLanguage", QuoteLanguage, FieldLimits.LanguageTag);
        errors.MaxLength("quoteTranslation", QuoteTranslation, FieldLimits.Notes);
        errors.Defined("role", Role);
        TallyPartInput.ValidateAll(errors, Breakdown);
        SourceInput.ValidateAll(errors, Sources);
        if (NamedDetaineeIds is { Count: > FieldLimits.NamedPeoplePerAnnouncement })
            errors.Add("namedDetaineeIds", $"At most {FieldLimits.NamedPeoplePerAnnouncement} people per announcement.");
    }

    public static AnnouncementRequest From(Announcement a) => new(
        a.Speaker, a.OrganisationId, a.Date, a.Claim, a.Number.Qualifier, a.Scope, a.Number.Low,
        a.Number.Qualifier == Domain.Common.NumberQualifier.Range ? a.Number.High : null, a.SpeakerOffice, a.WindowFrom, a.WindowTo,
        a.Quote, a.QuoteLanguage, a.QuoteTranslation,
        [.. a.Sources.Select(s => new SourceInput(s.Url, s.DocumentName, s.Publisher, s.PublishedOn, s.Language))],
        [.. a.NamedDetainees.Select(d => d.Id)], a.Role, a.Partial, [.. a.Breakdown.Select(p => new TallyPartInput(p.Group, p.Count))]);
}

/// <summary>An announcement as stored after a write; <c>eTag</c> goes in If-Match.</summary>
public sealed record AnnouncementWritten(
    Guid Id, string Speaker, string? SpeakerOffice, Guid OrganisationId, AnnouncementRole Role, bool Partial, DateOnly Date, ClaimKind Claim,
    NumberQualifier NumberQualifier, int? ClaimedLow, int? ClaimedHigh, string Scope, DateOnly? WindowFrom, DateOnly? WindowTo, string? Quote,
    string? QuoteLanguage, string? QuoteTranslation, IReadOnlyList<TallyPartDto> Breakdown, IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<Guid> NamedDetaineeIds, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string ETag)
{
    public static AnnouncementWritten From(Announcement a) => new(
        a.Id, a.Speaker, a.SpeakerOffice, a.OrganisationId, a.Role, a.Partial, a.Date, a.Claim, a.Number.Qualifier, a.Number.Low, a.Number.High,
        a.Scope, a.WindowFrom, a.WindowTo, a.Quote, a.QuoteLanguage, a.QuoteTranslation, [.. a.Breakdown.Select(p => new TallyPartDto(p.Group, p.Count))],
        [.. a.Sources.Select(s => new SourceDto(s.Label, s.Url, s.Publisher, s.PublishedOn, s.Language))],
        [.. a.NamedDetainees.Select(d => d.Id)], a.CreatedAt, a.UpdatedAt, Api.RecordETag.For(a.Id, a.Version));
}
