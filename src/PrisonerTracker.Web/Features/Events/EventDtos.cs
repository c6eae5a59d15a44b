using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Detainees;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>One fact about one person, with who reported it and where it was published.</summary>
/// <param name="Date">The day the sources give; for a month or a year, the period's first day (its anchor: see <c>datePrecision</c>).</param>
/// <param name="DatePrecision">How precisely the sources date it: day, month ("February 2024") or year.</param>
/// <param name="DateApproximate">The date is known only roughly ("in custody on or before").</param>
/// <param name="Url">Public page of the person, anchored at this event.</param>
/// <param name="EnteredBy">Staff only: who entered the event.</param>
/// <param name="ReviewedBy">Staff only: who reviewed it.</param>
/// <param name="ReviewReason">Staff only: why a reviewer rejected the event or marked it unverifiable.</param>
/// <param name="CorroboratedBy">For a confirmed release: the second organisation whose own approved report of it confirmed it.</param>
public sealed record EventDto(
    Guid Id, Guid DetaineeId, string DetaineeName, EventKind Kind, DateOnly Date, DatePrecision DatePrecision, bool DateApproximate,
    Confidence Confidence, ReviewState ReviewState, FacilityRef? Facility, OrganisationRef? ReportingOrganisation, Guid? AnnouncementId,
    string? Conditions, string? Notes, IReadOnlyList<SourceDto> Sources, DateTimeOffset UpdatedAt, string Url, string ApiUrl,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EnteredBy = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReviewedBy = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OrganisationRef? CorroboratedBy = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReviewReason = null);

/// <summary>An organisation named in another record.</summary>
public sealed record OrganisationRef(Guid Id, string Name);

/// <summary>Where a fact or claim was published: <c>label</c> is the document name or the URL.</summary>
public sealed record SourceDto(string Label, string? Url, string? Publisher, DateOnly? PublishedOn, string? Language);

/// <summary>What the event queries read: the event, its person's name, facility, organisation and sources.</summary>
public sealed class EventRow
{
    public Guid Id { get; init; }
    public Guid DetaineeId { get; init; }
    public string DetaineeName { get; init; } = "";
    public EventKind Kind { get; init; }
    public DateOnly Date { get; init; }
    public DatePrecision DatePrecision { get; init; }
    public bool DateApproximate { get; init; }
    public Confidence Confidence { get; init; }
    public ReviewState ReviewState { get; init; }
    public DateTimeOffset EnteredAt { get; init; }
    public Guid? FacilityId { get; init; }
    public string? FacilityName { get; init; }
    public Guid? OrganisationId { get; init; }
    public string? OrganisationName { get; init; }
    public Guid? AnnouncementId { get; init; }
    public string? Conditions { get; init; }
    public string? Notes { get; init; }
    public List<SourceDto> Sources { get; init; } = [];
    public DateTimeOffset UpdatedAt { get; init; }
    public string EnteredBy { get; init; } = "";
    public string? ReviewedBy { get; init; }
    public string? EnteredById { get; init; }
    public Guid? CorrectsEventId { get; init; }
    public string? ReviewReason { get; init; }
    public OrganisationRef? CorroboratedBy { get; init; }

    public EventDto ToDto(Links links, bool staff) => new(
        Id, DetaineeId, DetaineeName, Kind, Date, DatePrecision, DateApproximate, Confidence, ReviewState,
        FacilityId is { } f ? new FacilityRef(f, FacilityName ?? "") : null,
        OrganisationId is { } o ? new OrganisationRef(o, OrganisationName ?? "") : null,
        AnnouncementId, Conditions, Notes, Sources, UpdatedAt,
        links.Page($"detainees/{DetaineeId}#event-{Id}"), links.Api($"events/{Id}"),
        staff ? EnteredBy : null, staff ? ReviewedBy : null, CorroboratedBy, staff ? ReviewReason : null);
}
