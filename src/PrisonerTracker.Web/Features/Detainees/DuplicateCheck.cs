using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Protection;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>A person already on record that the one being entered may be.</summary>
/// <param name="Score">Name similarity from 0 to 1; 1 also when the national ID is the same.</param>
public sealed record LikelyDuplicate(Guid Id, string Name, IReadOnlyList<string> NameVariants, double Score, bool SameNationalId, bool Withheld);

/// <summary>
/// The likely duplicates, and whether the national ID is held by someone the viewer may not be
/// told about (a person whose restricted fields are another organisation's: naming them would
/// tell the viewer that person's national ID).
/// </summary>
public sealed record DuplicateReport(IReadOnlyList<LikelyDuplicate> Matches, bool NationalIdHeldElsewhere)
{
    public static DuplicateReport None { get; } = new([], false);
    public bool Any => Matches.Count > 0 || NationalIdHeldElsewhere;
}

/// <summary>
/// Warns before a person is saved twice: the name rule is <see cref="NameMatching"/>, the national
/// ID is compared by its blind index. Pages and the API's duplicates endpoint share it.
/// </summary>
public sealed class DuplicateCheck(TrackerDbContext db)
{
    public const int MaxMatches = 10;

    public async Task<DuplicateReport> FindAsync(IEnumerable<string> names, string? nationalId, Guid? except, Viewer viewer, CancellationToken ct)
    {
        var byName = await NameMatching.FindAsync(db, names, except, MaxMatches, ct);
        var byId = await SameNationalIdAsync(nationalId, except, ct);
        var visibleIds = byId.Where(p => viewer.MaySeeRestricted(p.RecordingOrganisationId)).Select(p => p.Id).ToHashSet();
        var scores = byName.ToDictionary(m => m.DetaineeId, m => m.Score);
        foreach (var id in visibleIds) scores[id] = 1;
        var ids = scores.Keys.ToList();
        var people = await db.Detainees.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, d.NameVariants, d.Withheld }).ToListAsync(ct);
        var matches = people
            .Select(p => new LikelyDuplicate(p.Id, p.Name, p.NameVariants, Math.Round(scores[p.Id], 2), visibleIds.Contains(p.Id), p.Withheld))
            .OrderByDescending(m => m.Score).ThenBy(m => m.Name, StringComparer.Ordinal).Take(MaxMatches).ToList();
        return new DuplicateReport(matches, byId.Any(p => !visibleIds.Contains(p.Id)));
    }

    /// <summary>The best few register matches for one name (an announcement's list, line by line).</summary>
    public async Task<IReadOnlyList<LikelyDuplicate>> MatchNameAsync(string name, int limit, CancellationToken ct)
    {
        var found = await NameMatching.FindAsync(db, [name], null, limit, ct);
        var ids = found.Select(m => m.DetaineeId).ToList();
        var people = await db.Detainees.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, d.NameVariants, d.Withheld }).ToDictionaryAsync(d => d.Id, ct);
        return [.. found.Select(m => people[m.DetaineeId]).Zip(found,
            (p, m) => new LikelyDuplicate(p.Id, p.Name, p.NameVariants, Math.Round(m.Score, 2), false, p.Withheld))];
    }

    private async Task<IReadOnlyList<(Guid Id, Guid? RecordingOrganisationId)>> SameNationalIdAsync(string? nationalId, Guid? except, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(nationalId)) return [];
        var index = (db.Protector ?? throw new InvalidOperationException("No encryption key.")).BlindIndex(nationalId);
        var excluded = except ?? Guid.Empty;
        var found = await db.Detainees.AsNoTracking()
            .Where(d => d.Id != excluded && EF.Property<string>(d.Restricted, ProtectedColumns.NationalIdIndex) == index)
            .Select(d => new { d.Id, d.RecordingOrganisationId }).ToListAsync(ct);
        return [.. found.Select(f => (f.Id, f.RecordingOrganisationId))];
    }
}
