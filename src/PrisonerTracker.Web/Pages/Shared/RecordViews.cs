using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Status;

namespace PrisonerTracker.Web.Pages.Shared;

/// <summary>
/// A status as shown on the public pages: always as text, never by colour alone, with the
/// later fact that does not count yet ("release reported, unverified") beside it.
/// </summary>
public sealed record StatusBadge(DetaineeStatus Status, EventKind? UnverifiedKind)
{
    /// <summary>Counted as detained while a release has been reported and not yet verified.</summary>
    public bool ReleaseUnverified => Status.IsDetained() && UnverifiedKind is { } kind && StatusRules.StatusAfter(kind).IsReleased();

    /// <summary>Not (yet) counted as held while an arrest has been reported and not yet verified.</summary>
    public bool ArrestUnverified => !Status.IsDetained() && UnverifiedKind is EventKind.Arrested or EventKind.ReArrested;

    public string CssClass => Status switch
    {
        DetaineeStatus.Held or DetaineeStatus.WhereaboutsUnknown => "badge badge-held",
        DetaineeStatus.ReleasedConditional or DetaineeStatus.ReleasedFull => "badge badge-released",
        DetaineeStatus.Deceased => "badge badge-deceased",
        _ => "badge badge-neutral",
    };
}

/// <summary>What the "cite this record" block needs: the permanent address and the day it was read.</summary>
/// <summary>"Cite this": the permalink carries the instant the page was computed at (<c>knownAt</c>), so it shows the record as cited.</summary>
public sealed record Citation(string Title, Guid Id, string Url, DateOnly Accessed, DateTimeOffset KnownAt)
{
    public string Permalink => $"{Url}?{Features.Stats.KnownAtInput.Name}={Features.Stats.KnownAtInput.Format(KnownAt)}";
}
