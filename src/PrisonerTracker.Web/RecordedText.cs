namespace PrisonerTracker.Web;

/// <summary>
/// Marker for the phrases the project itself wrote into records (the demo data's offices, scopes as
/// summarised, charges, release conditions, notes, organisation names, translations of quotes):
/// <c>IStringLocalizer&lt;RecordedText&gt;</c> reads Resources/RecordedText.resx, keyed by the English
/// wording. In the root namespace because the resource name is derived from the type's name.
/// </summary>
public sealed class RecordedText;
