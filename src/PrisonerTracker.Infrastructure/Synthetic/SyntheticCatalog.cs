using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Domain.Sources;
using static PrisonerTracker.Infrastructure.Synthetic.SyntheticVocabulary;

namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>The one synthetic source, the synthetic organisations and the synthetic facilities.</summary>
internal sealed class SyntheticCatalog
{
    private static readonly DateTimeOffset Created = SyntheticCalendar.At(SyntheticCalendar.First, 0);
    private readonly Random _random;

    public SyntheticCatalog(Random random, SyntheticIds ids, int facilities)
    {
        _random = random;
        Source = new(ids.Next(Created), new Source(null, SourceDocument, GeneratorOrganisation, null, "en"), Created, Created);
        Generator = Organisation(ids, GeneratorOrganisation, OrganisationKind.Ngo, null);
        Government = [Organisation(ids, $"{Prefix} Government Office", OrganisationKind.Government, "VE"),
                      Organisation(ids, $"{Prefix} Prison Authority", OrganisationKind.Government, "VE")];
        Reporters = [Organisation(ids, $"{Prefix} Newsroom", OrganisationKind.Media, "VE"),
                     Organisation(ids, $"{Prefix} Families Committee", OrganisationKind.FamilyOrLawyer, "VE")];
        Verifiers = [Organisation(ids, $"{Prefix} Human Rights Forum", OrganisationKind.Ngo, "VE"),
                     Organisation(ids, $"{Prefix} Legal Aid Network", OrganisationKind.Ngo, "VE"),
                     Organisation(ids, $"{Prefix} Fact-Finding Mission", OrganisationKind.Intergovernmental, null)];
        Foreign = Organisation(ids, $"{Prefix} Foreign Ministry", OrganisationKind.ForeignGovernment, "ES");
        Facilities = [.. Enumerable.Range(1, facilities).Select(n => Facility(ids, n))];
    }

    public SyntheticRow<Source> Source { get; }
    public SyntheticRow<Organisation> Generator { get; }
    public IReadOnlyList<SyntheticRow<Organisation>> Government { get; }
    public IReadOnlyList<SyntheticRow<Organisation>> Reporters { get; }
    public IReadOnlyList<SyntheticRow<Organisation>> Verifiers { get; }
    public SyntheticRow<Organisation> Foreign { get; }
    public IReadOnlyList<SyntheticRow<Facility>> Facilities { get; }

    public IReadOnlyList<SyntheticRow<Organisation>> Organisations => [Generator, .. Government, .. Reporters, .. Verifiers, Foreign];

    /// <summary>Who reports a fact at this confidence: officials claim, media and families report, NGOs verify.</summary>
    public Guid ReporterFor(Confidence confidence) => Pick(confidence switch
    {
        Confidence.Claimed => Government,
        Confidence.Reported => Reporters,
        _ => Verifiers,
    }).Id;

    public Guid RandomFacility() => Pick(Facilities).Id;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static SyntheticRow<Organisation> Organisation(SyntheticIds ids, string name, OrganisationKind kind, string? country) =>
        new(ids.Next(Created), new Organisation(name, kind, country, "https://example.invalid/synthetic"), Created, Created);

    private SyntheticRow<Facility> Facility(SyntheticIds ids, int number)
    {
        var kind = (FacilityKind)_random.Next(Enum.GetValues<FacilityKind>().Length);
        var region = Pick(Regions);
        var facility = new Facility($"{Prefix} facility {number:000}", kind, region, null);
        facility.Describe($"{Prefix} facility {number:000} ({kind}, {region})", kind, $"{Prefix} operator {_random.Next(1, 21)}",
            Labelled(region), $"{Prefix} city {_random.Next(1, 100):00}");
        // Inside Venezuela's bounding box, so map benchmarks draw something sensible.
        facility.Locate(Math.Round(1 + _random.NextDouble() * 11, 4), Math.Round(-73 + _random.NextDouble() * 13, 4));
        if (_random.Next(3) > 0)
        {
            var low = _random.Next(10, 400);
            facility.ReportPopulation(low, low + _random.Next(0, 200));
        }
        if (_random.Next(20) == 0) facility.Close();
        return new(ids.Next(Created), facility, Created, Created);
    }
}
