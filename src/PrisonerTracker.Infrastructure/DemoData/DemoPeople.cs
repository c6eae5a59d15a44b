using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Sources;

namespace PrisonerTracker.Infrastructure.DemoData;

/// <summary>The people named in the seed articles and what the articles say happened to them.</summary>
internal sealed class DemoPeople(DemoCatalog c)
{
    private const string EnteredBy = "demo-data";
    private const string ReviewedBy = "demo-review";
    private const string Conditions = "Precautionary measures and a ban on speaking publicly about their situation (reported for all releases).";
    private const string ListedNote = "Arrest date not given in the sources: in custody on or before 5 January 2026, when Foro Penal counted 806 political prisoners.";
    private static readonly DateOnly Listed = new(2026, 1, 5);
    private static readonly DateOnly FirstRelease = new(2026, 1, 8);

    public Detainee RocioSanMiguel { get; } = Person(c, new("Rocío San Miguel", ["Rocio San Miguel"], Gender.Female, false, ["VE", "ES"],
        ServiceBranch.Civilian, "Human-rights defender; security and defence expert", "La Guaira", null, "Treason, conspiracy and terrorism"));
    public Detainee EnriqueMarquez { get; } = Person(c, new("Enrique Márquez", ["Enrique Marquez"], Gender.Male, false, ["VE"],
        ServiceBranch.Civilian, "Politician (2024 presidential candidate)"));
    public Detainee JavierTarazona { get; } = Person(c, new("Javier Tarazona", [], Gender.Male, false, ["VE"], ServiceBranch.Civilian, "Human-rights activist"));
    public Detainee PerkinsRocha { get; } = Person(c, new("Perkins Rocha", [], Gender.Male, false, ["VE"], ServiceBranch.Civilian, "Lawyer, opposition politician"));
    public Detainee JuanPabloGuanipa { get; } = Person(c, new("Juan Pablo Guanipa", [], Gender.Male, false, ["VE"], ServiceBranch.Civilian, "Opposition politician"));
    public Detainee JesusArmas { get; } = Person(c, new("Jesús Armas", ["Jesus Armas"], Gender.Male, false, ["VE"], ServiceBranch.Civilian, "Activist"));
    public Detainee RafaelTudares { get; } = Person(c, new("Rafael Tudares", [], Gender.Male, false, ["VE"], ServiceBranch.Civilian,
        "Son-in-law of Edmundo González Urrutia", null, null, null, "30 years (express sentence)"));
    public Detainee SofiaSahagun { get; } = Person(c, new("Sofía Sahagún", ["Sofia Sahagun"], Gender.Female, false, ["VE"], ServiceBranch.Civilian));
    public Detainee AndresMartinezAdasme { get; } = Person(c, new("Andrés Martínez Adasme", ["Andres Martinez Adasme"], Gender.Male, false, ["ES"], ServiceBranch.Civilian, null, "Basque Country (home)"));
    public Detainee JoseMariaBasoa { get; } = Person(c, new("José María Basoa", ["Jose Maria Basoa"], Gender.Male, false, ["ES"], ServiceBranch.Civilian, null, "Basque Country (home)"));
    public Detainee MiguelMoreno { get; } = Person(c, new("Miguel Moreno", [], Gender.Male, false, ["ES"], ServiceBranch.Civilian, null, "Canary Islands (home)"));
    public Detainee ErnestoGorbe { get; } = Person(c, new("Ernesto Gorbe", [], Gender.Male, false, ["ES"], ServiceBranch.Civilian, null, "Valencia (home)"));
    public Detainee AlfredoMarquez { get; } = Person(c, new("Alfredo Márquez", ["Alfredo Marquez"], Gender.Male, false, ["VE"], ServiceBranch.Civilian,
        "Former opposition councilman", "Trujillo", "Ordered by the state governor"));

    public IReadOnlyList<Detainee> All =>
    [
        RocioSanMiguel, EnriqueMarquez, JavierTarazona, PerkinsRocha, JuanPabloGuanipa, JesusArmas, RafaelTudares,
        SofiaSahagun, AndresMartinezAdasme, JoseMariaBasoa, MiguelMoreno, ErnestoGorbe, AlfredoMarquez,
    ];

    public IReadOnlyList<Detainee> SpanishNationals => [RocioSanMiguel, AndresMartinezAdasme, JoseMariaBasoa, MiguelMoreno, ErnestoGorbe];

    /// <summary>Records every event; each is approved by a second (demo) reviewer, as in real use.</summary>
    public void RecordHistory()
    {
        // The sources say "February 2024", no day: recorded as that month, not as a made-up day.
        Record(RocioSanMiguel, EventKind.Arrested, new(2024, 2, 1), Confidence.Verified, c.ForoPenal.Id, [c.Seed002, c.Seed001],
            facility: c.Helicoide.Id, notes: "Arrested at Maiquetía airport, near Caracas (February 2024).", precision: DatePrecision.Month);
        Record(RocioSanMiguel, EventKind.ReleasedConditional, FirstRelease, Confidence.Confirmed, c.ForoPenal.Id, [c.Seed002, c.Seed004, c.Seed001],
            conditions: Conditions, notes: "The first release to be confirmed; Spain's foreign ministry counted her among five nationals freed.");

        foreach (var person in All.Where(p => p != RocioSanMiguel && p != AlfredoMarquez))
            Record(person, EventKind.Arrested, Listed, Confidence.Verified, c.ForoPenal.Id, [c.Seed004], approximate: true, notes: ListedNote,
                facility: SpanishNationals.Contains(person) ? c.RodeoI.Id : null);

        foreach (var person in new[] { EnriqueMarquez, JavierTarazona })
            Record(person, EventKind.ReleasedConditional, FirstRelease, Confidence.Reported, c.Guacamaya.Id, [c.Seed004], conditions: Conditions);
        foreach (var person in SpanishNationals.Skip(1))
            Record(person, EventKind.ReleasedConditional, FirstRelease, Confidence.Reported, c.ElPais.Id, [c.Seed004, c.Seed002],
                conditions: Conditions, notes: "Named by El País; Spain's foreign ministry said five nationals were released.");
        foreach (var person in new[] { PerkinsRocha, JuanPabloGuanipa, JesusArmas, RafaelTudares, SofiaSahagun })
            Record(person, EventKind.ReleasedConditional, FirstRelease, Confidence.Claimed, c.VenezuelanGovernment.Id, [c.Seed004],
                conditions: Conditions, notes: "On the list of releases announced on 8 January, pending confirmation.");

        Record(RafaelTudares, EventKind.ReleasedConditional, new(2026, 1, 22), Confidence.Reported, null, [c.Seed001],
            conditions: Conditions, notes: "Reported released \"this Thursday\" in an article of 24 January.");
        Record(AlfredoMarquez, EventKind.Arrested, new(2026, 1, 12), Confidence.Reported, null, [c.Seed001],
            notes: "Arrested in Trujillo state on the governor's orders while releases were under way (\"revolving door\").");
    }

    /// <summary>Every demo person is recorded by Foro Penal, the NGO whose count placed them in custody.</summary>
    private static Detainee Person(DemoCatalog catalog, PersonalDetails details) => new(details, catalog.ForoPenal.Id);

    private static void Record(Detainee person, EventKind kind, DateOnly date, Confidence confidence, Guid? organisationId,
        IReadOnlyList<Source> sources, Guid? facility = null, string? conditions = null, string? notes = null, bool approximate = false,
        DatePrecision precision = DatePrecision.Day)
    {
        // Entered the day after the fact, reviewed the day after that: a realistic, repeatable clock.
        var entered = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero).AddDays(1);
        var recorded = person.RecordEvent(kind, new EventDetails(date, confidence, EnteredBy, facility, organisationId, null,
            conditions, notes, sources, approximate, precision), entered);
        person.ReviewEvent(recorded.Id, ReviewedBy, approve: true, entered.AddDays(1));
    }
}
