using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Sources;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Protection;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// Everything rows are matched against, loaded in a few queries for the whole file (never one per
/// row): people by id, by national ID's blind index and by folded name, their events, facilities,
/// sources cited before, and fingerprints of rows imported before.
/// </summary>
public sealed class ImportLookups
{
    private readonly Dictionary<Guid, Detainee> _people = [];
    private readonly Dictionary<string, Guid> _byNationalId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Guid>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Guid Id, string Name)> _facilities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private HashSet<string> _imported = [];

    public static async Task<ImportLookups> LoadAsync(TrackerDbContext db, IEnumerable<Guid> ids, IEnumerable<string> nationalIdIndexes,
        bool byName, IEnumerable<string> urls, IEnumerable<string> fingerprints, CancellationToken ct)
    {
        var lookups = new ImportLookups();
        var wantedIds = ids.ToHashSet();
        var indexes = nationalIdIndexes.ToHashSet();
        var found = await db.Detainees.Where(d => indexes.Contains(EF.Property<string>(d.Restricted, ProtectedColumns.NationalIdIndex)))
            .Select(d => new { d.Id, Index = EF.Property<string>(d.Restricted, ProtectedColumns.NationalIdIndex) }).ToListAsync(ct);
        foreach (var f in found) { lookups._byNationalId[f.Index] = f.Id; wantedIds.Add(f.Id); }
        if (byName)
        {
            // Names folded in C# like NameSearch.Fold; one narrow query over (id, name), not one per row.
            foreach (var p in await db.Detainees.AsNoTracking().Select(d => new { d.Id, d.Name }).ToListAsync(ct))
            {
                var key = NameSearch.Fold(p.Name);
                if (!lookups._byName.TryGetValue(key, out var list)) lookups._byName[key] = list = [];
                list.Add(p.Id);
            }
            foreach (var list in lookups._byName.Values.Where(l => l.Count == 1)) wantedIds.Add(list[0]);
        }
        foreach (var chunk in wantedIds.Chunk(5000))
            foreach (var person in await db.Detainees.Include(d => d.Events).AsSplitQuery().Where(d => chunk.Contains(d.Id)).ToListAsync(ct))
                lookups._people[person.Id] = person;
        foreach (var f in await db.Facilities.AsNoTracking().Select(f => new { f.Id, f.Name }).ToListAsync(ct))
            lookups._facilities.TryAdd(NameSearch.Fold(f.Name), (f.Id, f.Name));
        var urlSet = urls.ToHashSet();
        foreach (var s in await db.Sources.Where(s => s.Url != null && urlSet.Contains(s.Url)).ToListAsync(ct)) lookups._sources.TryAdd(s.Url!, s);
        var prints = fingerprints.ToHashSet();
        lookups._imported = [.. await db.ImportedRows.Where(r => prints.Contains(r.Fingerprint)).Select(r => r.Fingerprint).ToListAsync(ct)];
        return lookups;
    }

    public Detainee? Person(Guid id) => _people.GetValueOrDefault(id);

    public Detainee? ByNationalId(string index) => _byNationalId.TryGetValue(index, out var id) ? Person(id) : null;

    /// <summary>The people on record with this name (folded), loaded or not.</summary>
    public IReadOnlyList<Guid> ByName(string name) => _byName.GetValueOrDefault(NameSearch.Fold(name)) ?? [];

    /// <summary>
    /// People the file creates. Added to the context only when the import is committed: a dry run
    /// never tracks them, and one AddRange attaches each with its events already recorded.
    /// </summary>
    public List<Detainee> NewPeople { get; } = [];

    /// <summary>A person created earlier in this same file becomes findable by the rows after it.</summary>
    public void Remember(Detainee person, string? nationalIdIndex)
    {
        NewPeople.Add(person);
        _people[person.Id] = person;
        if (nationalIdIndex is not null) _byNationalId[nationalIdIndex] = person.Id;
        var key = NameSearch.Fold(person.Name);
        if (!_byName.TryGetValue(key, out var list)) _byName[key] = list = [];
        list.Add(person.Id);
    }

    public (Guid Id, string Name)? Facility(string name) => _facilities.TryGetValue(NameSearch.Fold(name), out var f) ? f : null;

    /// <summary>One article is one source: an address cited before (or earlier in the file) is reused.</summary>
    public Source Source(string url)
    {
        if (!_sources.TryGetValue(url, out var source)) _sources[url] = source = new Source(url, null, null, null, null);
        return source;
    }

    public bool WasImported(string fingerprint) => _imported.Contains(fingerprint);

    /// <summary>Marks a fingerprint seen, so a row repeated later in the same file is recognised too; false when already seen.</summary>
    public bool MarkImported(string fingerprint) => _imported.Add(fingerprint);
}
