namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>
/// Labels that mark every generated record as synthetic, and the word lists names and places
/// are drawn from. Names are plausible Spanish-style names (accents included) so that name
/// search benchmarks exercise folding and trigrams; they belong to no one.
/// </summary>
public static class SyntheticVocabulary
{
    /// <summary>The document every synthetic event and announcement cites.</summary>
    public const string SourceDocument = "SYNTHETIC DATA — generated, not real people";

    public const string GeneratorOrganisation = "Synthetic data generator";

    /// <summary>Starts every facility and organisation name.</summary>
    public const string Prefix = "Synthetic";

    /// <summary>Ends every person's occupation and region.</summary>
    public const string Suffix = "(synthetic)";

    public static readonly string[] FemaleFirstNames =
    [
        "María", "Ana", "Carmen", "Rocío", "Lucía", "Sofía", "Valentina", "Gabriela", "Daniela", "Andrea",
        "Mariana", "Isabel", "Elena", "Verónica", "Mónica", "Patricia", "Beatriz", "Inés", "Raquel", "Natalia",
        "Yolanda", "Adriana", "Carolina", "Lorena", "Marisela", "Belén", "Ángela", "Dayana", "Yusmary", "Nohemí",
    ];

    public static readonly string[] MaleFirstNames =
    [
        "José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Andrés", "Rafael", "Javier", "Enrique",
        "Alfredo", "Ramón", "Víctor", "Óscar", "Héctor", "Julián", "Tomás", "Fernando", "Ricardo", "Eduardo",
        "Gustavo", "Nicolás", "Sebastián", "Germán", "Rubén", "Iván", "Joaquín", "Efraín", "Yorman", "Wilmer",
    ];

    public static readonly string[] Surnames =
    [
        "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
        "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Jiménez", "Álvarez", "Romero", "Suárez",
        "Méndez", "Castillo", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias", "Medina", "Garrido",
        "Cortés", "Castro", "Ortega", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina",
        "Peña", "Muñoz", "Ibáñez", "Carreño", "Montaño", "Colmenares", "Guevara", "Briceño", "Urdaneta", "Quintero",
        "San Miguel", "De la Cruz", "Márquez", "Tarazona", "Guanipa", "Sahagún", "Basoa", "Gorbe", "Rocha", "Tudares",
    ];

    public static readonly string[] Regions =
    [
        "Distrito Capital", "Miranda", "Zulia", "Carabobo", "Lara", "Aragua", "Anzoátegui", "Bolívar", "Táchira", "Mérida",
        "Falcón", "Monagas", "Sucre", "Trujillo", "Barinas", "Portuguesa", "Yaracuy", "Nueva Esparta", "Apure", "Guárico",
    ];

    public static readonly string[] Occupations =
    [
        "Teacher", "Student", "Lawyer", "Journalist", "Trade unionist", "Nurse", "Doctor", "Engineer", "Shopkeeper",
        "Human-rights defender", "Opposition politician", "Local councillor", "Farmer", "Driver", "Electoral witness",
        "Army officer", "National Guard sergeant", "Retired officer", "Pastor", "Musician",
    ];

    public static readonly string[] Conditions =
    [
        "Report to a court every 15 days", "Ban on leaving the country", "Ban on speaking to the media",
        "House arrest", "Report to a court every 30 days; ban on public demonstrations",
    ];

    public static readonly string[] Charges =
    [
        "Terrorism", "Incitement to hatred", "Treason", "Conspiracy", "Criminal association", "Instigation to rebellion",
    ];

    public static string Labelled(string value) => $"{value} {Suffix}";
}
