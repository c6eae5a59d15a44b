using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Domain.Sources;

namespace PrisonerTracker.Infrastructure.DemoData;

/// <summary>
/// Every number stated in the seed articles, by whom, when, and as worded ("over 400" is more than 400).
/// Each takes its organisation's default role: the government's numbers are claims, the others tallies.
/// </summary>
internal static class DemoAnnouncements
{
    private static readonly DateOnly Today = new(2026, 1, 31);

    public static IEnumerable<Announcement> Build(DemoCatalog c, DemoPeople p) =>
    [
        Make("Foro Penal", c.ForoPenal, new(2026, 1, 5), ClaimKind.Detained, ClaimedNumber.Create(NumberQualifier.Exact, 806),
            "political prisoners (175 military, 105 women, 1 adolescent)", [c.Seed000],
            breakdown: [new(TallyGroup.Military, 175), new(TallyGroup.Women, 105), new(TallyGroup.Minors, 1)],
            quote: ("Hasta el 5 de enero de 2026, la ONG Foro Penal señala que existen 806 presos políticos en Venezuela, de los cuales 175 son militares, 105 mujeres y un adolescente.", "es"),
            translation: "As of 5 January 2026, the NGO Foro Penal reports 806 political prisoners in Venezuela, of whom 175 are military, 105 women and one adolescent."),
        Make("Foro Penal", c.ForoPenal, new(2026, 1, 8), ClaimKind.Detained, ClaimedNumber.Create(NumberQualifier.Exact, 902),
            "political prisoners (86 with a foreign or dual nationality)", [c.Seed004],
            breakdown: [new(TallyGroup.ForeignOrDualNationals, 86)],
            quote: ("The NGO Foro Penal counts 902 political prisoners in Venezuela, of whom 86 hold another nationality or dual citizenship.", "en")),
        Make("Jorge Rodríguez", c.NationalAssembly, new(2026, 1, 8), ClaimKind.Released, ClaimedNumber.None,
            "Venezuelan and foreign persons (\"a significant number\"), no names", [c.Seed000, c.Seed002, c.Seed004],
            office: "President of the National Assembly", window: (new(2026, 1, 8), null),
            quote: ("El gobierno bolivariano ha decidido la puesta en libertad de un número importante de personas venezolanas y extranjeras.", "es"),
            translation: "The Bolivarian government has decided to free a significant number of Venezuelan and foreign persons."),
        Make("Spanish foreign ministry", c.SpainForeignMinistry, new(2026, 1, 8), ClaimKind.Released, ClaimedNumber.Create(NumberQualifier.Exact, 5),
            "Spanish nationals, one of them a dual national", [c.Seed002, c.Seed004], named: p.SpanishNationals, partial: true,
            quote: ("Spain's foreign ministry said five of its nationals, including one dual national, had been released.", "en")),
        Make("Guacamaya (report of the government's list)", c.Guacamaya, new(2026, 1, 8), ClaimKind.Released, ClaimedNumber.None,
            "named political prisoners; five of them pending confirmation", [c.Seed004], partial: true,
            named: [p.EnriqueMarquez, p.RocioSanMiguel, p.JavierTarazona, p.PerkinsRocha, p.JuanPabloGuanipa, p.JesusArmas, p.RafaelTudares, p.SofiaSahagun],
            quote: ("Added to the list of those released are Perkins Rocha, Juan Pablo Guanipa, Jesús Armas, Rafael Tudares, and Sofía Sahagún. Pending confirmation of their releases.", "en")),
        Make("Venezuelan penitentiary authority", c.PenitentiaryAuthority, new(2026, 1, 12), ClaimKind.Released, ClaimedNumber.Create(NumberQualifier.Exact, 116),
            "people freed (no scope or window given)", [c.Seed003]),
        Make("Jorge Rodríguez", c.NationalAssembly, new(2026, 1, 13), ClaimKind.Released, ClaimedNumber.Create(NumberQualifier.MoreThan, 400),
            "\"not political prisoners, but some politicians who had broken the law\"; no time window", [c.Seed003],
            office: "President of the National Assembly",
            quote: ("The decision to release some prisoners, not political prisoners, but some politicians who had broken the law and violated the Constitution, people who called for invasion, was granted.", "en")),
        Make("Local human-rights NGOs", c.LocalNgos, new(2026, 1, 13), ClaimKind.Released, ClaimedNumber.Create(NumberQualifier.Range, 60, 70),
            "political prisoners freed since Thursday 8 January", [c.Seed003], window: (new(2026, 1, 8), new(2026, 1, 13))),
        Make("Government of Venezuela", c.VenezuelanGovernment, new(2026, 1, 13), ClaimKind.Released, ClaimedNumber.None,
            "\"most of\" the 2,000 people detained after the 2024 election protests", [c.Seed003], partial: true),
        Make("Jorge and Delcy Rodríguez", c.VenezuelanGovernment, new(2026, 1, 15), ClaimKind.Released, ClaimedNumber.Create(NumberQualifier.MoreThan, 200),
            "political prisoners, without any list of names", [c.Seed001]),
        Make("Human-rights organisations", c.LocalNgos, new(2026, 1, 15), ClaimKind.Released, ClaimedNumber.Create(NumberQualifier.Range, 130, 150),
            "political prisoners released (estimate at the time)", [c.Seed001], window: (new(2026, 1, 8), new(2026, 1, 15))),
        Make("Plataforma Unitaria Democrática", c.Plataforma, new(2026, 1, 22), ClaimKind.Released, ClaimedNumber.Create(NumberQualifier.Exact, 170),
            "political prisoners whose release was verified (just under 20% of the total)", [c.Seed001], window: (new(2026, 1, 8), new(2026, 1, 22)),
            quote: ("verify the release of 170 political prisoners", "en")),
        Make("Caleidoscopio Humano", c.Caleidoscopio, new(2026, 1, 22), ClaimKind.Released, ClaimedNumber.Create(NumberQualifier.About, 170),
            "political prisoners released (\"similar figures\" to the Plataforma's 170)", [c.Seed001], window: (new(2026, 1, 8), new(2026, 1, 22))),
        Make("UN Fact-Finding Mission", c.UnFactFinding, new(2026, 1, 22), ClaimKind.Released, ClaimedNumber.Create(NumberQualifier.About, 50),
            "of an estimated 800 people detained for political reasons", [c.Seed001],
            quote: ("Of an estimated 800 people detained for political reasons, only about 50 appear to have been released so far.", "en")),
    ];

    private static Announcement Make(string speaker, Organisation organisation, DateOnly date, ClaimKind claim, ClaimedNumber number,
        string scope, IEnumerable<Source> sources, string? office = null, (DateOnly? From, DateOnly? To)? window = null,
        (string Text, string Language)? quote = null, string? translation = null, IEnumerable<Detainee>? named = null,
        bool partial = false, IEnumerable<TallyPart>? breakdown = null)
    {
        var role = organisation.Kind.DefaultRole();
        var announcement = new Announcement(speaker, organisation.Id, role, date, claim, number, scope, Today);
        if (office is not null) announcement.Revise(speaker, office, organisation.Id, role, date, claim, number, scope, Today);
        announcement.MarkPartial(partial);
        announcement.BreakDown(breakdown ?? []);
        if (window is { } w) announcement.SetWindow(w.From, w.To);
        if (quote is { } q) announcement.SetQuote(q.Text, q.Language, translation);
        foreach (var source in sources) announcement.CiteSource(source);
        foreach (var person in named ?? []) announcement.Name(person);
        return announcement;
    }
}
