using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Organisations;

/// <summary>Anyone who speaks or reports: a government, an NGO, the UN, a newspaper, a family.</summary>
public sealed class Organisation : Entity
{
    private Organisation() { Name = ""; }

    public Organisation(string name, OrganisationKind kind, string? country = null, string? website = null)
    {
        Name = Guard.Required(name, nameof(Name), FieldLimits.Name);
        Update(name, kind, country, website);
    }

    public string Name { get; private set; }
    public OrganisationKind Kind { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country it belongs to, if any.</summary>
    public string? Country { get; private set; }
    public string? Website { get; private set; }

    public void Update(string name, OrganisationKind kind, string? country, string? website)
    {
        Name = Guard.Required(name, nameof(Name), FieldLimits.Name);
        if (!Enum.IsDefined(kind)) throw new DomainRuleException(nameof(Kind), "Unknown organisation kind.");
        Kind = kind;
        Country = country is null ? null : Guard.CountryCodes([country], nameof(Country)).Single();
        Website = Guard.Optional(website, nameof(Website), FieldLimits.Website);
    }
}
