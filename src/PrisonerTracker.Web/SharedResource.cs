namespace PrisonerTracker.Web;

/// <summary>
/// Marker for the strings shared by every page (layout, navigation, formats, shared labels):
/// <c>IStringLocalizer&lt;SharedResource&gt;</c> reads Resources/SharedResource.resx (English)
/// and Resources/SharedResource.es.resx (Spanish). It stays in the root namespace because the
/// resource name is derived from the type's name.
/// </summary>
public sealed class SharedResource;
