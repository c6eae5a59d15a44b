using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Sources;
using PrisonerTracker.Domain.Status;

namespace PrisonerTracker.Domain.Detainees;

/// <summary>
/// A person held for political reasons, with the append-only history of what is known
/// about them. The aggregate checks every new event against that history.
/// </summary>
public sealed partial class Detainee : Entity
{
    private readonly List<VerificationEvent> _events = [];

    private Detainee() { Name = ""; Restricted = RestrictedDetails.Empty; }

    /// <param name="recordingOrganisationId">The organisation whose staff record the person (see <see cref="RecordingOrganisationId"/>).</param>
    public Detainee(PersonalDetails details, Guid? recordingOrganisationId = null)
    {
        Name = "";
        Restricted = RestrictedDetails.Empty;
        RecordingOrganisationId = recordingOrganisationId == Guid.Empty ? null : recordingOrganisationId;
        Describe(details);
    }

    public string Name { get; private set; }
    public IReadOnlyList<string> NameVariants { get; private set; } = [];
    public Gender Gender { get; private set; }
    public bool MinorAtArrest { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 codes; dual nationals matter to negotiations.</summary>
    public IReadOnlyList<string> Nationalities { get; private set; } = [];
    public ServiceBranch Service { get; private set; }
    public string? Occupation { get; private set; }

    /// <summary>State or region where the person was arrested or is from.</summary>
    public string? Region { get; private set; }
    public string? ArrestingAgency { get; private set; }
    public string? Charges { get; private set; }
    public string? Sentence { get; private set; }

    /// <summary>Conditions of the latest conditional release ("precautionary measures, ban on speaking").</summary>
    public string? ReleaseConditions { get; private set; }

    public RestrictedDetails Restricted { get; private set; }

    /// <summary>
    /// The organisation that recorded the person, fixed at creation. Restricted fields are its
    /// staff's to read and write (and admins'); null means admins only (people recorded before
    /// the recording organisation was kept).
    /// </summary>
    public Guid? RecordingOrganisationId { get; private set; }

    /// <summary>Withheld at the family's request: counted in aggregates, never named in public.</summary>
    public bool Withheld { get; private set; }

    public IReadOnlyList<VerificationEvent> Events => _events.AsReadOnly();

    public void Describe(PersonalDetails details)
    {
        Name = Guard.Required(details.Name, nameof(Name), FieldLimits.Name);
        NameVariants = [.. (details.NameVariants ?? [])
            .Select(v => Guard.Required(v, nameof(NameVariants), FieldLimits.Name))
            .Where(v => v != Name).Distinct()];
        if (!Enum.IsDefined(details.Gender)) throw new DomainRuleException(nameof(Gender), "Unknown gender value.");
        if (!Enum.IsDefined(details.Service)) throw new DomainRuleException(nameof(Service), "Service must be Civilian or Military.");
        Gender = details.Gender;
        MinorAtArrest = details.MinorAtArrest;
        Nationalities = [.. Guard.CountryCodes(details.Nationalities, nameof(Nationalities))];
        Service = details.Service;
        Occupation = Guard.Optional(details.Occupation, nameof(Occupation), FieldLimits.Occupation);
        Region = Guard.Optional(details.Region, nameof(Region), FieldLimits.Region);
        ArrestingAgency = Guard.Optional(details.ArrestingAgency, nameof(ArrestingAgency), FieldLimits.ArrestingAgency);
        Charges = Guard.Optional(details.Charges, nameof(Charges), FieldLimits.Charges);
        Sentence = Guard.Optional(details.Sentence, nameof(Sentence), FieldLimits.Sentence);
    }

    public void SetRestrictedDetails(RestrictedDetails details) => Restricted = details;

    /// <summary>Date of the first arrest on record (approved or pending).</summary>
    public DateOnly? FirstArrestDate => FirstArrest(_events);

    private static DateOnly? FirstArrest(IEnumerable<VerificationEvent> events) => events
        .Where(e => e.Kind == EventKind.Arrested && e.ReviewState.IsLive())
        .Select(e => (DateOnly?)e.EventDate).Min();

    public StatusOnDate StatusOn(DateOnly date, Confidence threshold = StatusRules.DefaultThreshold) =>
        StatusRules.StatusOn(_events.Select(e => e.ToFact()), date, threshold);
}
