using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>A claimed number as worded, with who said it and what it covers.</summary>
/// <param name="Id">The announcement's id (<c>/api/v1/announcements/{id}</c>).</param>
/// <param name="Date">The announcement's date.</param>
/// <param name="Speaker">Who made it.</param>
/// <param name="SpeakerOffice">The speaker's office, if recorded.</param>
/// <param name="Organisation">The organisation the speaker belongs to.</param>
/// <param name="OrganisationKind">Government, ForeignGovernment, Ngo, Intergovernmental, Media or FamilyOrLawyer.</param>
/// <param name="Claim">Released, Detained or ToBeReleased.</param>
/// <param name="Number">The number as worded: "116", "at least 400", "about 50", "60–70", or "unspecified".</param>
/// <param name="Qualifier">Exact, AtLeast, AtMost, Approximately, Range or None.</param>
/// <param name="Low">Low end (the only figure used in comparisons); null when no number was given.</param>
/// <param name="High">The highest the claim allows: a range's high end, the number itself, or null for "at least".</param>
/// <param name="Scope">Who is counted, as worded by the speaker.</param>
/// <param name="WindowFrom">Start of the period the claim covers; null when the speaker gave none.</param>
/// <param name="WindowTo">End of that period; null when the speaker gave none.</param>
public sealed record LatestClaim(
    Guid Id, DateOnly Date, string Speaker, string? SpeakerOffice, string Organisation, string OrganisationKind,
    string Claim, string Number, NumberQualifier Qualifier, int? Low, int? High, string Scope, DateOnly? WindowFrom, DateOnly? WindowTo)
{
    /// <summary>"2026-01-08 to 2026-01-13", "from 2026-01-08", "until …", or "unspecified".</summary>
    public string Window => (WindowFrom, WindowTo) switch
    {
        (null, null) => "unspecified",
        ({ } f, { } t) => $"{f:yyyy-MM-dd} to {t:yyyy-MM-dd}",
        ({ } f, null) => $"from {f:yyyy-MM-dd}",
        (null, { } t) => $"until {t:yyyy-MM-dd}",
    };
}

/// <summary>The columns of an announcement a claim needs, projected by the query.</summary>
internal sealed record ClaimRow(Guid Id, DateOnly Date, string Speaker, string? SpeakerOffice, Guid OrganisationId, string Organisation, OrganisationKind Kind,
    ClaimKind Claim, ClaimedNumber Number, string Scope, DateOnly? WindowFrom, DateOnly? WindowTo)
{
    public LatestClaim ToDto() => new(Id, Date, Speaker, SpeakerOffice, Organisation, Kind.ToString(), Claim.ToString(),
        Number.ToString(), Number.Qualifier, Number.Low, Number.High, Scope, WindowFrom, WindowTo);
}
