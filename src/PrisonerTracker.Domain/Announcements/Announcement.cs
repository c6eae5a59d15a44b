using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Sources;

namespace PrisonerTracker.Domain.Announcements;

/// <summary>
/// A public statement of a number, by anyone: an official claim to check, or an independent
/// tally (an NGO, the UN, an opposition coalition) to check it against (<see cref="Role"/>).
/// It is kept as worded (scope, window, quote in its own language) so that a reader can see
/// when two numbers do not count the same thing.
/// </summary>
public sealed partial class Announcement : Entity
{
    private readonly List<Source> _sources = [];
    private readonly List<Detainee> _namedDetainees = [];

    private Announcement() { Speaker = ""; Scope = ""; Number = ClaimedNumber.None; }

    public Announcement(string speaker, Guid organisationId, AnnouncementRole role, DateOnly date, ClaimKind claim, ClaimedNumber number,
        string scope, DateOnly today)
    {
        Speaker = ""; Scope = ""; Number = ClaimedNumber.None;
        Revise(speaker, null, organisationId, role, date, claim, number, scope, today);
    }

    public string Speaker { get; private set; }
    public string? SpeakerOffice { get; private set; }
    public Guid OrganisationId { get; private set; }
    public DateOnly Date { get; private set; }
    public ClaimKind Claim { get; private set; }
    public ClaimedNumber Number { get; private set; }

    /// <summary>Who is counted, as worded: "political prisoners", "persons deprived of liberty"…</summary>
    public string Scope { get; private set; }

    /// <summary>The period the claim covers; both null when the speaker gave none.</summary>
    public DateOnly? WindowFrom { get; private set; }
    public DateOnly? WindowTo { get; private set; }

    public string? Quote { get; private set; }
    public string? QuoteLanguage { get; private set; }
    public string? QuoteTranslation { get; private set; }

    public IReadOnlyCollection<Source> Sources => _sources.AsReadOnly();
    public IReadOnlyCollection<Detainee> NamedDetainees => _namedDetainees.AsReadOnly();

    public void Revise(string speaker, string? office, Guid organisationId, AnnouncementRole role, DateOnly date, ClaimKind claim,
        ClaimedNumber number, string scope, DateOnly today)
    {
        if (organisationId == Guid.Empty) throw new DomainRuleException("OrganisationId", "An announcement needs the organisation that made it.");
        if (!Enum.IsDefined(claim)) throw new DomainRuleException("Claim", "Unknown claim kind.");
        // Check everything before changing anything, so a refused revision leaves the announcement as it was.
        CheckRole(role, claim);
        CheckBreakdown(_breakdown, role, claim, number);
        speaker = Guard.Required(speaker, nameof(Speaker), FieldLimits.Name);
        office = Guard.Optional(office, nameof(SpeakerOffice), FieldLimits.SpeakerOffice);
        date = Guard.NotInFuture(date, today, nameof(Date));
        scope = Guard.Required(scope, nameof(Scope), FieldLimits.Scope);
        if (WindowTo is not null && WindowTo > date)
            throw new DomainRuleException(nameof(WindowTo), "The claimed window cannot end after the announcement was made.");
        Speaker = speaker;
        SpeakerOffice = office;
        OrganisationId = organisationId;
        Role = role;
        Date = date;
        Claim = claim;
        Number = number;
        Scope = scope;
    }

    public void SetWindow(DateOnly? from, DateOnly? to)
    {
        if (from is not null && to is not null && from > to)
            throw new DomainRuleException(nameof(WindowFrom), $"The window starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd}).");
        if (to is not null && to > Date)
            throw new DomainRuleException(nameof(WindowTo), "The claimed window cannot end after the announcement was made.");
        WindowFrom = from;
        WindowTo = to;
    }

    public void SetQuote(string? quote, string? language, string? translation)
    {
        Quote = Guard.Optional(quote, nameof(Quote), FieldLimits.Notes);
        QuoteLanguage = Guard.Optional(language, nameof(QuoteLanguage), FieldLimits.LanguageTag)?.ToLowerInvariant();
        if (Quote is not null && QuoteLanguage is null)
            throw new DomainRuleException(nameof(QuoteLanguage), "Give the language the quote was spoken or written in.");
        QuoteTranslation = Guard.Optional(translation, nameof(QuoteTranslation), FieldLimits.Notes);
    }

    public void CiteSource(Source source)
    {
        if (!_sources.Contains(source)) _sources.Add(source);
    }

    public void Name(Detainee detainee)
    {
        if (!_namedDetainees.Contains(detainee)) _namedDetainees.Add(detainee);
    }

    public void Unname(Detainee detainee) => _namedDetainees.Remove(detainee);
}
