using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Announcements;

// The announcement records: what the API returns and the pages render (one shape for both).

/// <summary>Filters, sort and paging of <c>GET /api/v1/announcements</c>.</summary>
/// <param name="OrganisationId">Made by this organisation.</param>
/// <param name="OrganisationKind">Made by an organisation of this kind: government, foreign-government, ngo, intergovernmental, media, family-or-lawyer.</param>
/// <param name="Role">claim (official claims) or tally (independent tallies).</param>
/// <param name="Claim">What is claimed or counted: released, detained, to-be-released.</param>
/// <param name="From">Made on or after this date.</param>
/// <param name="To">Made on or before this date.</param>
/// <param name="Sort">date (default), -date, updated, -updated.</param>
/// <param name="Limit">Page size, 1 to 500 (default 50).</param>
/// <param name="Cursor">Opaque cursor from <c>nextCursor</c>; only valid with the same sort.</param>
/// <param name="KnownAt">The announcements as they were worded and known at this instant (edited later: as they were; deleted later: still listed); default now.</param>
/// <param name="Format">csv for every row of the filter as CSV; csv-excel for the same separated by ";" (spreadsheets in Spanish).</param>
public sealed record AnnouncementListQuery(
    [FromQuery(Name = "organisationId")] Guid? OrganisationId = null,
    [FromQuery(Name = "organisationKind")] QueryEnum<OrganisationKind>? OrganisationKind = null,
    [FromQuery(Name = "role")] QueryEnum<AnnouncementRole>? Role = null,
    [FromQuery(Name = "claim")] QueryEnum<ClaimKind>? Claim = null,
    [FromQuery(Name = "from")] DateOnly? From = null,
    [FromQuery(Name = "to")] DateOnly? To = null,
    [FromQuery(Name = "sort")] QueryEnum<DateSort>? Sort = null,
    [FromQuery(Name = "limit"), Range(1, Paging.MaxLimit)] int? Limit = null,
    [FromQuery(Name = "cursor"), MaxLength(Api.Cursor.MaxLength)] string? Cursor = null,
    [FromQuery(Name = "format")] QueryEnum<ResponseFormat>? Format = null,
    [FromQuery(Name = "knownAt")] DateTimeOffset? KnownAt = null);

/// <summary>
/// A number as worded: the <c>qualifier</c> is the wording (exact, more-than, at-least, about, up-to, range, none),
/// <c>low</c> the stated number or a range's low end, <c>high</c> the highest the wording allows (null for more-than
/// and at-least), and <c>text</c> the wording in English: "116", "more than 400", "about 50", "60–70" or "unspecified".
/// </summary>
public sealed record ClaimedNumberDto(NumberQualifier Qualifier, int? Low, int? High, string Text)
{
    public static ClaimedNumberDto From(NumberQualifier qualifier, int? low, int? high)
    {
        var number = qualifier == NumberQualifier.None ? ClaimedNumber.None : ClaimedNumber.Create(qualifier, low, high);
        return new(qualifier, low, high, number.ToString());
    }
}

/// <summary>An organisation with its kind, as named in an announcement.</summary>
public sealed record SpeakingOrganisation(Guid Id, string Name, OrganisationKind Kind);

/// <summary>A public statement of a number, as worded, with its sources: an official claim or an independent tally.</summary>
/// <param name="Role">Claim (an official claim, checked by the claim gap) or Tally (an independent tally, never given a gap).</param>
/// <param name="Partial">True when it counts only part of the people concerned (one nationality, a list of names): never set against national figures.</param>
/// <param name="Claim">What is claimed, or for a tally what it counts: Released (releases), Detained (people held), ToBeReleased (claims only).</param>
/// <param name="WindowFrom">Start of the period the claim covers; null when the speaker gave none.</param>
/// <param name="Quote">The words in their original language (<c>quoteLanguage</c>), with a translation when there is one.</param>
/// <param name="Breakdown">A tally of people held, by group, as the tally gave it; empty otherwise.</param>
public sealed record AnnouncementRecord(
    Guid Id, DateOnly Date, string Speaker, string? SpeakerOffice, SpeakingOrganisation Organisation, AnnouncementRole Role, bool Partial,
    ClaimKind Claim, ClaimedNumberDto Number, string Scope, DateOnly? WindowFrom, DateOnly? WindowTo, string? Quote, string? QuoteLanguage,
    string? QuoteTranslation, IReadOnlyList<TallyPartDto> Breakdown, IReadOnlyList<SourceDto> Sources, DateTimeOffset UpdatedAt, string Url, string ApiUrl);

/// <summary>An announcement with the people it named (those the caller may see) and their status today.</summary>
public sealed record AnnouncementRecordDetail(AnnouncementRecord Announcement, DateOnly StatusAsOf, IReadOnlyList<NamedDetainee> NamedDetainees,
    [property: System.Text.Json.Serialization.JsonIgnore] uint Version = 0);

/// <summary>A person named by an announcement, with their status today at the verified threshold, as in the detainee list.</summary>
/// <param name="Status">not-held, held, released-conditional, released-full, whereabouts-unknown, deceased.</param>
/// <param name="StatusSince">Date of the event that gives the status (for a month or a year, the period's first day).</param>
/// <param name="StatusSincePrecision">How precisely the sources give that date: day, month or year; null without a date.</param>
/// <param name="StatusSinceApproximate">That date is known only roughly ("in custody on or before").</param>
/// <param name="ReportedUnverified">A later fact that does not count yet (pending review or below the threshold), if any.</param>
public sealed record NamedDetainee(Guid Id, string Name, DetaineeStatus Status, DateOnly? StatusSince, string Url, string ApiUrl,
    DatePrecision? StatusSincePrecision, bool StatusSinceApproximate, UnverifiedFact? ReportedUnverified);

/// <summary>One group of a tally of people held: <c>{"group": "military", "count": 175}</c>.</summary>
/// <param name="Group">women, military, minors or foreign-or-dual-nationals.</param>
/// <param name="Count">People in the group, as the tally gave it.</param>
public sealed record TallyPartDto(TallyGroup Group, int Count);

/// <summary>One CSV line of the announcement list.</summary>
public sealed record AnnouncementCsvRow(
    Guid Id, DateOnly Date, string Speaker, string? SpeakerOffice, Guid OrganisationId, string Organisation, OrganisationKind OrganisationKind,
    AnnouncementRole Role, bool Partial, ClaimKind Claim, NumberQualifier NumberQualifier, int? NumberLow, int? NumberHigh, string NumberText,
    string Scope, DateOnly? WindowFrom, DateOnly? WindowTo, string? Quote, string? QuoteLanguage, string? QuoteTranslation, string Breakdown,
    string Sources, string SourceUrls, DateTimeOffset UpdatedAt, string Url)
{
    public static AnnouncementCsvRow From(AnnouncementRecord a) => new(
        a.Id, a.Date, a.Speaker, a.SpeakerOffice, a.Organisation.Id, a.Organisation.Name, a.Organisation.Kind, a.Role, a.Partial, a.Claim,
        a.Number.Qualifier, a.Number.Low, a.Number.High, a.Number.Text, a.Scope, a.WindowFrom, a.WindowTo, a.Quote, a.QuoteLanguage,
        a.QuoteTranslation, string.Join(';', a.Breakdown.Select(p => $"{p.Group}:{p.Count}")),
        string.Join(';', a.Sources.Select(s => s.Label)), string.Join(';', a.Sources.Select(s => s.Url).OfType<string>()), a.UpdatedAt, a.Url);
}
