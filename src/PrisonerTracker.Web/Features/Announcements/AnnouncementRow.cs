using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Events;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>What the announcement queries read; <see cref="ToDto"/> adds the number's wording and the links.</summary>
public sealed class AnnouncementRow
{
    public Guid Id { get; init; }
    public DateOnly Date { get; init; }
    public string Speaker { get; init; } = "";
    public string? SpeakerOffice { get; init; }
    public Guid OrganisationId { get; init; }
    public string OrganisationName { get; init; } = "";
    public OrganisationKind OrganisationKind { get; init; }
    public AnnouncementRole Role { get; init; }
    public bool Partial { get; init; }
    public ClaimKind Claim { get; init; }
    public NumberQualifier Qualifier { get; init; }
    public int? Low { get; init; }
    public int? High { get; init; }
    public string Scope { get; init; } = "";
    public DateOnly? WindowFrom { get; init; }
    public DateOnly? WindowTo { get; init; }
    public string? Quote { get; init; }
    public string? QuoteLanguage { get; init; }
    public string? QuoteTranslation { get; init; }
    public List<TallyPartDto> Breakdown { get; init; } = [];
    public List<SourceDto> Sources { get; init; } = [];
    public DateTimeOffset UpdatedAt { get; init; }
    public uint Version { get; init; }

    public AnnouncementRecord ToDto(Links links) => new(
        Id, Date, Speaker, SpeakerOffice, new SpeakingOrganisation(OrganisationId, OrganisationName, OrganisationKind), Role, Partial, Claim,
        ClaimedNumberDto.From(Qualifier, Low, High), Scope, WindowFrom, WindowTo, Quote, QuoteLanguage, QuoteTranslation, Breakdown, Sources,
        UpdatedAt, links.Page($"announcements/{Id}"), links.Api($"announcements/{Id}"));
}
