using System.Globalization;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Events;

/// <summary>Filters of "Our facts"; every value is optional.</summary>
/// <param name="State">Only facts in this review state.</param>
/// <param name="EnteredByMe">Only facts the viewer entered (from any of their sessions or API keys).</param>
/// <param name="Person">Name search over the person's names and variants, as everywhere.</param>
public sealed record OurFactsQuery(ReviewState? State = null, bool EnteredByMe = false, string? Person = null);

/// <summary>A rejected fact to enter again, and the approved fact it was meant to correct (if it was a correction).</summary>
public sealed record RejectedFact(EventDto Fact, Guid? Corrects);

/// <summary>
/// One fact the viewer's organisation entered, as its staff follow it up: what became of it and why.
/// No restricted field of the person is read; <see cref="Withheld"/> only says the person is not public.
/// </summary>
public sealed class OurFact
{
    public Guid Id { get; init; }
    public Guid DetaineeId { get; init; }
    public string DetaineeName { get; init; } = "";
    public bool Withheld { get; init; }
    public EventKind Kind { get; init; }
    public DateOnly Date { get; init; }
    public DatePrecision DatePrecision { get; init; }
    public bool DateApproximate { get; init; }
    public Confidence Confidence { get; init; }
    public ReviewState ReviewState { get; init; }
    public string EnteredBy { get; init; } = "";
    public DateTimeOffset EnteredAt { get; init; }
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>Why a reviewer rejected the fact or marked it unverifiable.</summary>
    public string? ReviewReason { get; init; }

    /// <summary>For a superseded fact: the approved correction that replaced it.</summary>
    public Guid? CorrectedBy { get; init; }

    /// <summary>
    /// Newest entry first, the id breaking ties, so a cursor stays stable while colleagues enter more facts.
    /// The key is written in UTC: PostgreSQL compares <c>timestamptz</c> with a UTC parameter only.
    /// </summary>
    public static SortSpec<OurFact> NewestFirst { get; } = new SortSpec<OurFact, DateTimeOffset>(
        "-entered", f => f.EnteredAt, f => f.Id, descending: true,
        k => k.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        k => new DateTimeOffset(DateTime.Parse(k, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero));
}
