using System.Globalization;

namespace PrisonerTracker.Web.Pages.Shared;

/// <summary>Country names for ISO 3166-1 codes, in the reader's language where the platform knows them.</summary>
public static class Countries
{
    public static string Name(string code)
    {
        try
        {
            return new RegionInfo(code).DisplayName;
        }
        catch (ArgumentException)
        {
            return code; // an unknown code is shown as recorded
        }
    }

    public static string Names(IEnumerable<string> codes) => string.Join(", ", codes.Select(Name));
}
