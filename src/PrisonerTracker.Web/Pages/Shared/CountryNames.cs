using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PrisonerTracker.Web.Pages.Shared;

/// <summary>
/// Country names for ISO 3166-1 codes in the reader's language. The platform only knows
/// English and native names, so the countries the record deals with are translated in the
/// shared resources ("Country.ES"); any other code falls back to its English name.
/// </summary>
public static class CountryNames
{
    public static string Country(this IStringLocalizer<SharedResource> text, string code)
    {
        var translated = text[$"Country.{code.ToUpperInvariant()}"];
        if (!translated.ResourceNotFound) return translated.Value;
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code; // an unknown code is shown as recorded
        }
    }

    public static string Countries(this IStringLocalizer<SharedResource> text, IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(text.Country));
}
