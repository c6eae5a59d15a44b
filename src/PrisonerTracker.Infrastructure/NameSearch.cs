using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Infrastructure.Configurations;

namespace PrisonerTracker.Infrastructure;

/// <summary>
/// Accent- and case-insensitive name search over names and their variants. A person matches
/// when every word typed appears in the folded name (also with spaces removed, so "sanmiguel"
/// finds "San Miguel"), or when the whole query is close to it (trigram word similarity, for
/// misspellings). The same search serves the pages, the API and the CSV export.
/// </summary>
public static class NameSearch
{
    /// <summary>Word similarity above which a misspelt query still matches ("Rocio San Migel").</summary>
    public const double FuzzyThreshold = 0.5;

    public static IQueryable<Detainee> MatchingName(this IQueryable<Detainee> detainees, string query)
    {
        var folded = Fold(query);
        if (folded.Length == 0) return detainees;
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var contained = detainees;
        foreach (var word in words)
        {
            var pattern = "%" + EscapeLike(word) + "%";
            contained = contained.Where(d => EF.Functions.ILike(EF.Property<string>(d, DetaineeConfiguration.SearchText), pattern));
        }
        var fuzzy = detainees.Where(d =>
            EF.Functions.TrigramsWordSimilarity(folded, EF.Property<string>(d, DetaineeConfiguration.SearchText)) >= FuzzyThreshold);
        return contained.Union(fuzzy);
    }

    /// <summary>Lower case, accents removed, whitespace collapsed: the same folding as <c>tracker_fold</c> in SQL.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsWhiteSpace(ch) ? ' ' : char.ToLowerInvariant(ch));
        }
        return string.Join(' ', builder.ToString().Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
