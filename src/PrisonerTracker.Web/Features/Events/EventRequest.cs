using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>
/// A new fact about a person. Who entered it is the API key's name; it starts pending review.
/// <c>kind</c>, <c>date</c> and <c>confidence</c> are required; <c>conditions</c> are those of a conditional release.
/// <c>datePrecision</c> (day, month or year; default day) says how precisely the source dates it: with month or year, any
/// day of the period may be sent and the first day is stored. <c>correctsEventId</c> names an approved fact of the same
/// person that this one corrects: once this one is approved, that one is superseded.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record EventRequest(
    EventKind? Kind,
    DateOnly? Date,
    Confidence? Confidence,
    bool? DateApproximate = null,
    Guid? FacilityId = null,
    Guid? ReportingOrganisationId = null,
    Guid? AnnouncementId = null,
    [property: MaxLength(FieldLimits.ReleaseConditions)] string? Conditions = null,
    [property: MaxLength(FieldLimits.Notes)] string? Notes = null,
    [property: MaxLength(FieldLimits.SourcesPerRecord)] IReadOnlyList<SourceInput?>? Sources = null,
    DatePrecision? DatePrecision = null,
    Guid? CorrectsEventId = null) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Defined("kind", Kind, required: true);
        errors.Required("date", Date);
        errors.Defined("confidence", Confidence, required: true);
        errors.Defined("datePrecision", DatePrecision, required: false);
        errors.MaxLength("conditions", Conditions, FieldLimits.ReleaseConditions);
        errors.MaxLength("notes", Notes, FieldLimits.Notes);
        SourceInput.ValidateAll(errors, Sources);
    }
}

/// <summary>What a reviewer decides: the fact counts, is wrong, or cannot be checked (set aside, like a rejected one).</summary>
public enum ReviewDecision { Approve, Reject, Unverifiable }

/// <summary>
/// A reviewer's decision on a pending event: <c>approve</c>, <c>reject</c> (with the <c>reason</c>, required: refused
/// with 422 without one) or <c>unverifiable</c> (the reason optional).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ReviewRequest(
    ReviewDecision? Decision,
    [property: MaxLength(FieldLimits.ReviewReason)] string? Reason = null) : IValidatedRequest
{
    public void Validate(RequestErrors errors)
    {
        errors.Defined("decision", Decision, required: true);
        // A rejection without a reason is the domain's to refuse (422 naming reason), after it has checked that the
        // event is still pending and the reviewer is not its author.
        errors.MaxLength("reason", Reason, FieldLimits.ReviewReason);
    }

    public ReviewState Outcome => Decision switch
    {
        ReviewDecision.Approve => ReviewState.Approved,
        ReviewDecision.Reject => ReviewState.Rejected,
        _ => ReviewState.Unverifiable,
    };
}
