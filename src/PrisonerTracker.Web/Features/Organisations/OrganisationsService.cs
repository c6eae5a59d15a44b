using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Organisations;

/// <summary>Reading organisations.</summary>
public sealed class OrganisationsService(TrackerDbContext db)
{
    public static readonly SortSpec<OrganisationItem> ByName = new SortSpec<OrganisationItem, string>("name", o => o.Name, o => o.Id, false, k => k, k => k);

    public async Task<Page<OrganisationItem>> ListAsync(OrganisationListQuery query, PageInput page, Links links, CancellationToken ct)
    {
        var (rows, next, total) = await Keyset.PageAsync(Rows(query), ByName, page, countTotal: true, ct);
        return new Page<OrganisationItem>([.. rows.Select(r => WithLinks(r, links))], next, total);
    }

    public async IAsyncEnumerable<OrganisationItem> ExportAsync(OrganisationListQuery query, Links links,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var chunk in Keyset.ChunksAsync(Rows(query), ByName, ct))
            foreach (var row in chunk) yield return WithLinks(row, links);
    }

    public async Task<OrganisationItem?> GetAsync(Guid id, Links links, CancellationToken ct) =>
        await Rows(new OrganisationListQuery()).SingleOrDefaultAsync(o => o.Id == id, ct) is { } found ? WithLinks(found, links) : null;

    /// <summary>Every organisation's id and name, by name: the choices of a form or filter.</summary>
    public async Task<IReadOnlyList<Events.OrganisationRef>> ChoicesAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new Events.OrganisationRef(o.Id, o.Name)).ToListAsync(ct);

    private IQueryable<OrganisationItem> Rows(OrganisationListQuery q)
    {
        var organisations = db.Organisations.AsQueryable();
        if (q.Kind is { } kind) organisations = organisations.Where(o => o.Kind == kind.Value);
        return organisations.Select(o => new OrganisationItem
        {
            Id = o.Id, Name = o.Name, Kind = o.Kind, Country = o.Country, Website = o.Website, UpdatedAt = o.UpdatedAt, Version = o.Version,
        });
    }

    private static OrganisationItem WithLinks(OrganisationItem item, Links links)
    {
        item.AnnouncementsUrl = links.Api($"announcements?organisationId={item.Id}");
        return item;
    }
}
