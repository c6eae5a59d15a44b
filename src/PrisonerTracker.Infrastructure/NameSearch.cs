using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Infrastructure.Configurations;

namespace PrisonerTracker.Infrastructure;

/// <summary>
/// Accent- and case-insensitive name search over names and their variants. A person matches
/// when every word typed appears in the folded name (also with spaces removed, so "sanmiguel"
/// finds "San Miguel") or is close to a word of it (trigram word similarity, for misspellings
/// such as "Migel"). Word by word, so "san miguel" does not drift to "Miguel Moreno".
/// The same search serves the pages, the API and the CSV export.
/// </summary>
public static class NameSearch
{
    /// <summary>
    /// Word similarity from which a misspelt word still matches ("Migel" for "Miguel"). Applied as
    /// <c>pg_trgm.word_similarity_threshold</c> on every connection (<see cref="TrackerDatabase"/>).
    /// </summary>
    public const double FuzzyThreshold = 0.5;

    public static IQueryable<Detainee> MatchingName(this IQueryable<Detainee> detainees, string query)
    {
        var folded = Fold(query);
        if (folded.Length == 0) return detainees;
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var pattern = "%" + EscapeLike(word) + "%";
            detainees = detainees.Where(d =>
                EF.Functions.ILike(EF.Property<string>(d, DetaineeConfiguration.SearchText), pattern)
                || EF.Functions.TrigramsAreWordSimilar(word, EF.Property<string>(d, DetaineeConfiguration.SearchText)));
        }
        return detainees;
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
