using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Features.Imports;

public enum ImportKind { Detainees, Events }

/// <summary>One column the import understands: its name in the API and its headers in both languages.</summary>
public sealed record ImportColumn(string Key, string English, string Spanish, bool Restricted, params string[] Aliases);

/// <summary>
/// The column sets, and how a header is recognised: case, accents, spacing and a trailing colon
/// ignored, so "CÉDULA", "cedula" and "Cédula:" are one column. The first two names are what the
/// templates write; the aliases are what NGOs' sheets were seen to use.
/// </summary>
public static class ImportColumns
{
    public static readonly ImportColumn PersonId = new("personId", "Person ID", "ID de la persona", false, "id", "id persona", "detainee id");
    public static readonly ImportColumn Name = new("name", "Name", "Nombre", false, "nombre completo", "nombres y apellidos", "full name");
    public static readonly ImportColumn NationalId = new("nationalId", "National ID", "Cédula", true, "cedula de identidad", "ci", "c.i.", "documento", "id number");
    public static readonly ImportColumn Gender = new("gender", "Gender", "Género", false, "sexo", "sex");
    public static readonly ImportColumn Minor = new("minorAtArrest", "Minor at arrest", "Menor de edad", false, "menor", "minor");
    public static readonly ImportColumn Nationalities = new("nationalities", "Nationalities", "Nacionalidades", false, "nacionalidad", "nationality");
    public static readonly ImportColumn Service = new("service", "Civilian or military", "Civil o militar", false, "servicio", "service", "militar", "military");
    public static readonly ImportColumn Occupation = new("occupation", "Occupation", "Ocupación", false, "profesion", "profesion u oficio");
    public static readonly ImportColumn Region = new("region", "Region", "Región", false, "entidad");
    public static readonly ImportColumn Agency = new("arrestingAgency", "Arresting agency", "Cuerpo aprehensor", false, "organismo aprehensor", "organismo");
    public static readonly ImportColumn Charges = new("charges", "Charges", "Cargos", false, "delitos", "imputaciones");
    public static readonly ImportColumn Sentence = new("sentence", "Sentence", "Condena", false, "sentencia");
    public static readonly ImportColumn ArrestDate = new("arrestDate", "Arrest date", "Fecha de detención", false, "fecha detencion", "fecha de arresto", "date of arrest");
    public static readonly ImportColumn Facility = new("facility", "Facility", "Centro de reclusión", false,
        "lugar de reclusion", "centro de detencion", "lugar de detencion", "detention facility", "prison", "carcel");
    public static readonly ImportColumn Status = new("status", "Status", "Estado", false, "estatus", "situacion", "situacion actual");
    public static readonly ImportColumn ReleaseDate = new("releaseDate", "Release date", "Fecha de excarcelación", false,
        "fecha de liberacion", "fecha excarcelacion", "date of release");
    public static readonly ImportColumn Conditions = new("conditions", "Release conditions", "Condiciones", false, "medidas cautelares", "conditions");
    public static readonly ImportColumn Confidence = new("confidence", "Confidence", "Confianza", false, "nivel de confianza");
    public static readonly ImportColumn SourceUrl = new("sourceUrl", "Source URL", "Fuente", false, "url de la fuente", "enlace", "source", "link");
    public static readonly ImportColumn Notes = new("notes", "Notes", "Notas", false, "observaciones", "comentarios");
    public static readonly ImportColumn Kind = new("kind", "Event", "Evento", false, "tipo", "tipo de evento", "kind", "event kind");
    public static readonly ImportColumn Date = new("date", "Date", "Fecha", false, "fecha del evento", "event date");

    public static IReadOnlyList<ImportColumn> For(ImportKind kind) => kind == ImportKind.Detainees
        ? [Name, NationalId, Gender, Minor, Nationalities, Service, Occupation, Region, Agency, Charges, Sentence,
           ArrestDate, Facility, Status, ReleaseDate, Conditions, Confidence, SourceUrl, Notes]
        : [PersonId, Name, NationalId, Kind, Date, Confidence, Facility, SourceUrl, Conditions, Notes];

    /// <summary>The column a header names, and whether it named it in Spanish (null: an alias, either language); null for a header the import ignores.</summary>
    public static (ImportColumn Column, bool? Spanish)? Recognise(ImportKind kind, string header)
    {
        var folded = Fold(header);
        foreach (var column in For(kind))
        {
            if (folded == Fold(column.Spanish)) return (column, true);
            if (folded == Fold(column.English) || folded == Fold(column.Key)) return (column, false);
            if (column.Aliases.Any(a => Fold(a) == folded)) return (column, null);
        }
        return null;
    }

    public static string Fold(string header) => NameSearch.Fold(header.Trim().TrimEnd(':').Replace('_', ' '));
}
