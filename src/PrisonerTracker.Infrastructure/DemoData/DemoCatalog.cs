using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Domain.Sources;

namespace PrisonerTracker.Infrastructure.DemoData;

/// <summary>
/// The organisations, sources and facilities of the demo dataset, taken from the five
/// news articles the project started from (each article is recorded as a source by its
/// file name). Built fresh for each load.
/// </summary>
internal sealed class DemoCatalog
{
    public const string MarkerDocument = "seeds/000_585935fb172b3030.txt";

    public Source Seed000 { get; } = new(null, MarkerDocument, "Spanish-language news report (quotes Efecto Cocuyo and Foro Penal)", new(2026, 1, 8), "es");
    public Source Seed001 { get; } = new(null, "seeds/001_98c61452e752f5d6.txt", "Lisseth Boon, news analysis", new(2026, 1, 24), "en");
    public Source Seed002 { get; } = new(null, "seeds/002_27ceb510760b8103.txt", "News report, \"Venezuelan government begins releasing political prisoners\"", new(2026, 1, 9), "en");
    public Source Seed003 { get; } = new(null, "seeds/003_6c17d078da950acd.txt", "Reuters (via SRN News)", new(2026, 1, 13), "en");
    public Source Seed004 { get; } = new(null, "seeds/004_c399749ef1db1fd2.txt", "Guacamaya", new(2026, 1, 8), "en");

    public Organisation NationalAssembly { get; } = new("Asamblea Nacional de Venezuela", OrganisationKind.Government, "VE");
    public Organisation PenitentiaryAuthority { get; } = new("Venezuelan penitentiary authority", OrganisationKind.Government, "VE");
    public Organisation VenezuelanGovernment { get; } = new("Government of Venezuela", OrganisationKind.Government, "VE");
    public Organisation SpainForeignMinistry { get; } = new("Ministerio de Asuntos Exteriores de España", OrganisationKind.ForeignGovernment, "ES");
    public Organisation ForoPenal { get; } = new("Foro Penal", OrganisationKind.Ngo, "VE");
    public Organisation Plataforma { get; } = new("Plataforma Unitaria Democrática", OrganisationKind.PoliticalCoalition, "VE");
    public Organisation Caleidoscopio { get; } = new("Caleidoscopio Humano", OrganisationKind.Ngo, "VE");
    public Organisation LocalNgos { get; } = new("Venezuelan human-rights NGOs (joint estimate)", OrganisationKind.Ngo, "VE");
    public Organisation UnFactFinding { get; } = new("UN Independent International Fact-Finding Mission on Venezuela", OrganisationKind.Intergovernmental);
    public Organisation Guacamaya { get; } = new("Guacamaya", OrganisationKind.Media, "VE");
    public Organisation Reuters { get; } = new("Reuters", OrganisationKind.Media);
    public Organisation ElPais { get; } = new("El País", OrganisationKind.Media, "ES");

    public Facility Helicoide { get; } = CreateHelicoide();
    public Facility RodeoI { get; } = CreateRodeo();

    public IEnumerable<Source> Sources => [Seed000, Seed001, Seed002, Seed003, Seed004];

    public IEnumerable<Organisation> Organisations =>
        [NationalAssembly, PenitentiaryAuthority, VenezuelanGovernment, SpainForeignMinistry, ForoPenal, Plataforma,
         Caleidoscopio, LocalNgos, UnFactFinding, Guacamaya, Reuters, ElPais];

    public IEnumerable<Facility> Facilities => [Helicoide, RodeoI];

    private static Facility CreateHelicoide()
    {
        var facility = new Facility("El Helicoide", FacilityKind.IntelligenceService, "Distrito Capital", "Caracas");
        facility.Describe("El Helicoide", FacilityKind.IntelligenceService,
            "Servicio Bolivariano de Inteligencia Nacional (SEBIN)", "Distrito Capital", "Caracas");
        facility.Locate(10.4906, -66.9047);
        facility.ReportPopulation(50, 80); // "About 50 to 80 prisoners are believed to be held" (seed 002)
        return facility;
    }

    private static Facility CreateRodeo()
    {
        var facility = new Facility("El Rodeo I", FacilityKind.Prison, "Miranda", "Guatire");
        facility.Describe("El Rodeo I", FacilityKind.Prison, "Servicio penitenciario (El Rodeo Judicial Detention Center)", "Miranda", "Guatire");
        facility.Locate(10.4714, -66.5425);
        return facility;
    }
}
