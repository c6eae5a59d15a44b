namespace PrisonerTracker.Domain.Common;

/// <summary>
/// The longest text and the longest list each recorded field may hold. One number per field,
/// read by the domain's guards, by the API's request validation and by the limits the OpenAPI
/// document declares, so that what is documented is what is refused. The database columns
/// (Infrastructure configurations) have the same sizes.
/// </summary>
public static class FieldLimits
{
    /// <summary>Names of people, facilities, organisations, speakers, API keys and staff.</summary>
    public const int Name = 200;
    public const int NameVariantCount = 50;
    public const int NationalityCount = 10;
    public const int Occupation = 200;
    public const int Region = 100;
    public const int City = 100;
    public const int ArrestingAgency = 200;
    public const int Operator = 200;
    public const int Charges = 1000;
    public const int Sentence = 300;
    public const int NationalId = 50;
    public const int FamilyContact = 500;
    /// <summary>Free notes: event notes, health and private notes, quotes and their translations.</summary>
    public const int Notes = 4000;
    public const int ReleaseConditions = 2000;
    /// <summary>A reviewer's reason for rejecting a fact or marking it unverifiable.</summary>
    public const int ReviewReason = 2000;
    public const int SpeakerOffice = 200;
    public const int Scope = 300;
    public const int Website = 500;
    public const int SourceUrl = 2000;
    public const int DocumentName = 300;
    public const int Publisher = 200;
    /// <summary>A language tag such as "es" or "es-VE".</summary>
    public const int LanguageTag = 10;
    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    public const int CountryCode = 2;
    public const int SourcesPerRecord = 20;
    public const int NamedPeoplePerAnnouncement = 500;
    /// <summary>Groups of a tally's breakdown: each group once, so a handful at most.</summary>
    public const int BreakdownGroups = 10;
}
