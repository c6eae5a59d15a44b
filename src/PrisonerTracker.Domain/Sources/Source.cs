using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Sources;

/// <summary>Where a fact or claim was published: a URL or a named document.</summary>
public sealed class Source : Entity
{
    private Source() { }

    public Source(string? url, string? documentName, string? publisher, DateOnly? publishedOn, string? language)
    {
        Url = Guard.Optional(url, nameof(Url), FieldLimits.SourceUrl);
        DocumentName = Guard.Optional(documentName, nameof(DocumentName), FieldLimits.DocumentName);
        if (Url is null && DocumentName is null)
            throw new DomainRuleException(nameof(Url), "A source needs a URL or a document name.");
        if (Url is not null && !IsWebAddress(Url))
            throw new DomainRuleException(nameof(Url), "Url must be an absolute http or https address.");
        Publisher = Guard.Optional(publisher, nameof(Publisher), FieldLimits.Publisher);
        PublishedOn = publishedOn;
        Language = Guard.Optional(language, nameof(Language), FieldLimits.LanguageTag)?.ToLowerInvariant();
    }

    public string? Url { get; private set; }
    public string? DocumentName { get; private set; }
    public string? Publisher { get; private set; }
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>BCP 47 language tag of the text, e.g. "es" or "en".</summary>
    public string? Language { get; private set; }

    public string Label => DocumentName ?? Url!;

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
