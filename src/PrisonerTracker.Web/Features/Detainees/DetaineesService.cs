using PrisonerTracker.Domain.Status;
using PrisonerTracker.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Stats;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>
/// Reading people: the filtered list (pages and CSV) and one person's profile. Shared by the
/// API and the pages. Withheld people are left out for anonymous viewers in the query itself,
/// so they can reach no item, total, search result or cursor.
/// </summary>
public sealed partial class DetaineesService(TrackerDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Checks what binding cannot: nationality, date ranges, limit and cursor.</summary>
    /// <summary>A name search is a name: longer text would only make the query slower (one condition per word).</summary>
    public const int MaxQueryLength = 200, MaxQueryWords = 10;

    public static bool IsAcceptableQuery(string? q) =>
        q is null || (q.Length <= MaxQueryLength && NameSearch.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxQueryWords);

    public PageInput? Validate(DetaineeListQuery query, IDictionary<string, string[]> errors)
    {
        if (!IsAcceptableQuery(query.Q))
            errors["q"] = [$"'q' is a name search: at most {MaxQueryLength} characters and {MaxQueryWords} words."];
        if (query.Nationality is { } n && !(n.Length == 2 && n.All(char.IsAsciiLetter)))
            errors["nationality"] = ["'nationality' must be an ISO 3166-1 alpha-2 code, e.g. ES."];
        if (query.ArrestedFrom > query.ArrestedTo) errors["arrestedFrom"] = ["'arrestedFrom' is after 'arrestedTo'."];
        if (query.ReleasedFrom > query.ReleasedTo) errors["releasedFrom"] = ["'releasedFrom' is after 'releasedTo'."];
        return PageInput.TryCreate(query.Limit, query.Cursor, DetaineeSorts.For(query.Sort?.Value), errors);
    }

    /// <param name="withRestricted">Carry each person's restricted fields; honoured for admins only (<see cref="Viewer.MayExportRestricted"/>).</param>
    public async Task<Page<DetaineeItem>> ListAsync(DetaineeListQuery query, PageInput page, Viewer viewer, Links links, bool withRestricted, CancellationToken ct)
    {
        var (rows, next, total) = await Keyset.PageAsync(Rows(query, viewer), DetaineeSorts.For(query.Sort?.Value), page, query.IncludeTotal == true, ct);
        return new Page<DetaineeItem>(await ToDtosAsync(rows, viewer, links, withRestricted, ct), next, total);
    }

    /// <summary>Every person of the filter, in the sort order, fetched in chunks (CSV).</summary>
    public async IAsyncEnumerable<DetaineeItem> ExportAsync(DetaineeListQuery query, Viewer viewer, Links links, bool withRestricted,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var chunk in Keyset.ChunksAsync(Rows(query, viewer), DetaineeSorts.For(query.Sort?.Value), ct))
            foreach (var item in await ToDtosAsync(chunk, viewer, links, withRestricted, ct))
                yield return item;
    }

    private async Task<IReadOnlyList<DetaineeItem>> ToDtosAsync(IReadOnlyList<DetaineeRow> rows, Viewer viewer, Links links, bool withRestricted, CancellationToken ct)
    {
        var since = await DateOfRecord.OfStatusSinceAsync(db, [.. rows.Select(r => (r.Id, r.Since))], ct);
        if (!(withRestricted && viewer.MayExportRestricted))
            return [.. rows.Select(r => r.ToDto(links, viewer.IsStaff, null, since.GetValueOrDefault(r.Id)))];
        var restricted = await RestrictedAsync(rows.Select(r => r.Id).ToList(), ct);
        return [.. rows.Select(r => r.ToDto(links, viewer.IsStaff, restricted.GetValueOrDefault(r.Id) ?? RestrictedDto.Empty, since.GetValueOrDefault(r.Id)))];
    }

    /// <summary>Restricted fields, read in a query of their own and only for a viewer allowed them.</summary>
    private async Task<Dictionary<Guid, RestrictedDto>> RestrictedAsync(List<Guid> ids, CancellationToken ct) =>
        await db.KnownDetainees.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, Dto = new RestrictedDto(d.Restricted.NationalId, d.Restricted.FamilyContact, d.Restricted.HealthNotes, d.Restricted.PrivateNotes) })
            .ToDictionaryAsync(d => d.Id, d => d.Dto, ct);

    /// <summary>The filtered people with their status on <c>asOf</c>, unordered.</summary>
    internal IQueryable<DetaineeRow> Rows(DetaineeListQuery q, Viewer viewer)
    {
        var people = db.KnownDetainees.AsNoTracking();
        people = people.VisibleTo(viewer);
        if (!string.IsNullOrWhiteSpace(q.Q)) people = people.MatchingName(q.Q);
        if (!string.IsNullOrWhiteSpace(q.Region)) people = people.Where(d => d.Region != null && d.Region.ToLower() == q.Region.Trim().ToLower());
        if (q.Nationality is { } nationality)
        {
            var code = nationality.ToUpperInvariant();
            people = people.Where(d => d.Nationalities.Contains(code));
        }
        if (q.Gender is { } gender) people = people.Where(d => d.Gender == gender.Value);
        if (q.Minor is { } minor) people = people.Where(d => d.MinorAtArrest == minor);
        // Only withheld people can have a request, and the public never sees them: no separate check needed.
        if (q.PendingPublication is { } pending) people = people.Where(d => (d.PendingPublication != null) == pending);
        if (q.Military is { } military) people = people.Where(d => d.Service == (military ? ServiceBranch.Military : ServiceBranch.Civilian));
        if (!string.IsNullOrWhiteSpace(q.Occupation))
        {
            var pattern = "%" + EscapeLike(NameSearch.Fold(q.Occupation)) + "%";
            people = people.Where(d => d.Occupation != null && EF.Functions.ILike(EF.Functions.Unaccent(d.Occupation), pattern));
        }
        people = WithEventsBetween(people, [EventKind.Arrested, EventKind.ReArrested], q.ArrestedFrom, q.ArrestedTo, q.Threshold);
        people = WithEventsBetween(people, [EventKind.ReleasedConditional, EventKind.ReleasedFull], q.ReleasedFrom, q.ReleasedTo, q.Threshold);

        var rows = from d in people
                   join s in db.StatusOn(q.AsOf ?? Today, q.Threshold, Population.Everyone) on d.Id equals s.DetaineeId into statuses
                   from s in statuses.DefaultIfEmpty()
                   join f in db.Facilities on s.FacilityId equals (Guid?)f.Id into facilities
                   from f in facilities.DefaultIfEmpty()
                   let lastEventChange = db.KnownEvents.Where(e => e.DetaineeId == d.Id).Max(e => (DateTimeOffset?)e.UpdatedAt)
                   select new DetaineeRow
                   {
                       Id = d.Id, Name = d.Name, NameVariants = d.NameVariants, Gender = d.Gender, MinorAtArrest = d.MinorAtArrest,
                       Nationalities = d.Nationalities, Service = d.Service, Occupation = d.Occupation, Region = d.Region,
                       Charges = d.Charges, Sentence = d.Sentence, ReleaseConditions = d.ReleaseConditions, Withheld = d.Withheld,
                       // No status row: no event on or before the date. (A keyless row cannot be compared with null.)
                       Status = (DetaineeStatus?)s.Status ?? DetaineeStatus.NotHeld, Since = s.Since, FacilityId = s.FacilityId, FacilityName = f.Name,
                       UnverifiedKind = s.UnverifiedKind, UnverifiedDate = s.UnverifiedDate,
                       UpdatedAt = lastEventChange != null && lastEventChange > d.UpdatedAt ? lastEventChange.Value : d.UpdatedAt,
                   };

        if (q.Status is { } status)
        {
            var wanted = StatusesFor(status.Value);
            rows = rows.Where(r => wanted.Contains(r.Status));
        }
        if (q.FacilityId is { } facilityId) rows = rows.Where(r => r.FacilityId == facilityId);
        if (q.UpdatedSince is { } since) rows = rows.Where(r => r.UpdatedAt >= since);
        return rows;
    }

    private IQueryable<Domain.Detainees.Detainee> WithEventsBetween(IQueryable<Domain.Detainees.Detainee> people,
        EventKind[] kinds, DateOnly? from, DateOnly? to, Confidence threshold)
    {
        if (from is null && to is null) return people;
        var counted = Enum.GetValues<Confidence>().Where(c => c >= threshold).ToArray();
        return people.Where(d => db.KnownEvents.Any(e => e.DetaineeId == d.Id && kinds.Contains(e.Kind)
            && e.ReviewState == ReviewState.Approved && counted.Contains(e.Confidence)
            && (from == null || e.EventDate >= from) && (to == null || e.EventDate <= to)));
    }

    private static DetaineeStatus[] StatusesFor(StatusFilter filter) => filter switch
    {
        StatusFilter.Released => [DetaineeStatus.ReleasedConditional, DetaineeStatus.ReleasedFull],
        StatusFilter.Detained => [DetaineeStatus.Held, DetaineeStatus.WhereaboutsUnknown],
        _ => [Enum.Parse<DetaineeStatus>(filter.ToString())],
    };

    private static string EscapeLike(string value) => value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
