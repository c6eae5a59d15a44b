using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>What a person's status says happened last, as a detainees row states it.</summary>
public enum RowStatus { Held, Released, ReleasedConditional }

/// <summary>
/// Words NGOs write in status, kind, gender, yes/no and confidence cells, in Spanish and English
/// (accents and case ignored), plus the API's own kebab-case values. Each table lists the words
/// the preview names when a cell is not understood.
/// </summary>
public static class ImportVocabulary
{
    public static readonly Dictionary<string, RowStatus> Statuses = Table<RowStatus>(
        (RowStatus.Held, ["held", "detenido", "detained", "detenida", "preso", "presa", "en prision", "privado de libertad", "privada de libertad"]),
        (RowStatus.Released, ["released", "excarcelado", "released-full", "liberado", "liberada", "excarcelada", "libre", "en libertad", "libertad plena"]),
        (RowStatus.ReleasedConditional, ["released-conditional", "libertad condicional", "conditional release", "conditionally released",
            "excarcelacion condicional", "medidas cautelares", "con medidas cautelares", "regimen de presentacion"]));

    public static readonly Dictionary<string, EventKind> Kinds = Table<EventKind>(
        (EventKind.Arrested, ["arrested", "detencion", "arrest", "detenido", "detenida", "arresto", "aprehension"]),
        (EventKind.Transferred, ["transferred", "traslado", "transfer", "trasladado", "trasladada"]),
        (EventKind.Sentenced, ["sentenced", "condena", "sentence", "condenado", "condenada", "sentencia"]),
        (EventKind.ReleasedConditional, ["released-conditional", "libertad condicional", "conditional release", "excarcelacion condicional", "medidas cautelares"]),
        (EventKind.ReleasedFull, ["released-full", "excarcelacion", "released", "release", "liberacion", "liberado", "liberada", "excarcelada"]),
        (EventKind.ReArrested, ["re-arrested", "nueva detencion", "rearrested", "re-arrest", "redetencion", "detenido de nuevo"]),
        (EventKind.WhereaboutsUnknown, ["whereabouts-unknown", "paradero desconocido", "whereabouts unknown", "disappeared", "desaparecido", "desaparecida", "desaparicion forzada"]),
        (EventKind.DiedInCustody, ["died-in-custody", "muerte bajo custodia", "died in custody", "fallecido bajo custodia", "fallecida bajo custodia"]));

    public static readonly Dictionary<string, Confidence> Confidences = Table<Confidence>(
        (Confidence.Claimed, ["claimed", "declarado", "anunciado", "oficial"]),
        (Confidence.Reported, ["reported", "reportado", "denunciado", "prensa"]),
        (Confidence.Verified, ["verified", "verificado", "verificada"]),
        (Confidence.Confirmed, ["confirmed", "confirmado", "confirmada"]));

    public static readonly Dictionary<string, Gender> Genders = Table<Gender>(
        (Gender.Female, ["female", "femenino", "woman", "f", "mujer"]),
        (Gender.Male, ["male", "masculino", "man", "m", "hombre", "varon"]),
        (Gender.Other, ["other", "otro", "otra", "no binario", "non-binary"]),
        (Gender.Unknown, ["unknown", "desconocido", "no consta", "-"]));

    public static readonly Dictionary<string, ServiceBranch> Services = Table<ServiceBranch>(
        (ServiceBranch.Civilian, ["civilian", "civil", "no"]),
        (ServiceBranch.Military, ["military", "militar", "si", "yes", "fanb"]));

    public static readonly Dictionary<string, bool> YesNo = Table<bool>(
        (true, ["yes", "si", "y", "true", "1", "x", "s"]),
        (false, ["no", "n", "false", "0"]));

    /// <summary>The value a cell names, or null (and the caller reports the words it would have understood).</summary>
    public static T? Find<T>(Dictionary<string, T> table, string cell) where T : struct =>
        table.TryGetValue(NameSearch.Fold(cell), out var value) ? value : null;

    /// <summary>The accepted words for a message: each value's English and Spanish word (listed first in each entry).</summary>
    public static string Accepted<T>(Dictionary<string, T> table) =>
        string.Join(", ", table.GroupBy(w => w.Value).Select(g => string.Join("/", g.Take(2).Select(w => w.Key))));

    private static Dictionary<string, T> Table<T>(params (T Value, string[] Words)[] entries)
    {
        var table = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, words) in entries)
            foreach (var word in words) table.TryAdd(NameSearch.Fold(word), value);
        return table;
    }
}
