using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PrisonerTracker.Web.Localization;

/// <summary>
/// Text stored in a record, shown in the reader's language when the project wrote it and has it in
/// that language (Resources/RecordedText.*.resx); otherwise exactly as recorded. Staff type records
/// in one language: what people said and wrote (names, quotes, titles) is never translated in place.
/// </summary>
public static class RecordedTextDisplay
{
    public static string Say(this IStringLocalizer<RecordedText> text, string recorded) =>
        text[recorded] is { ResourceNotFound: false } found ? found.Value : recorded;

    public static string? SayIfAny(this IStringLocalizer<RecordedText> text, string? recorded) =>
        recorded is null ? null : text.Say(recorded);

    /// <summary>"Jorge Rodríguez (Asamblea Nacional de Venezuela)" in the reader's language, never a name doubled.</summary>
    public static string Attribution(this IStringLocalizer<RecordedText> text, string speaker, string organisation) =>
        DisplayText.Attribution(text.Say(speaker), text.Say(organisation));

    /// <summary>
    /// A quote's translation into the reader's language: none when the quote is already in it; else the
    /// project's translation into that language, else the stored (English) one. Language code included for <c>lang</c>.
    /// </summary>
    public static (string Text, string Language)? Translation(this IStringLocalizer<RecordedText> text, string quote, string? quoteLanguage, string? storedEnglish)
    {
        var reader = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (string.Equals(quoteLanguage, reader, StringComparison.OrdinalIgnoreCase)) return null;
        if (text[quote] is { ResourceNotFound: false } found && found.Value != quote) return (found.Value, reader);
        return storedEnglish is null ? null : (storedEnglish, "en");
    }
}
