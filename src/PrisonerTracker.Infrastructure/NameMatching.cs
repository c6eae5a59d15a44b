using Microsoft.EntityFrameworkCore;

namespace PrisonerTracker.Infrastructure;

/// <summary>One person the register holds that a name entered is likely to be, and how alike the closest names are (0 to 1).</summary>
public sealed record NameMatch(Guid DetaineeId, double Score);

/// <summary>
/// The duplicate rule, in one place: a person is a likely match when one of their names (the name
/// or a variant) is alike, by trigram similarity of the folded text (lower case, no accents), to
/// one of the names entered. Trigrams are taken word by word, so the words' order does not count:
/// "San Miguel Rocío" scores 1 against "Rocío San Miguel". Candidates are found first through the
/// trigram index on the search text (word similarity), then scored name by name.
/// Deleted (and merged-away) people are never matched; withheld ones are, since only staff ask.
/// </summary>
public static class NameMatching
{
    /// <summary>From this similarity on, two names are shown as a likely duplicate.</summary>
    public const double Threshold = 0.45;

    public static async Task<IReadOnlyList<NameMatch>> FindAsync(TrackerDbContext db, IEnumerable<string> names, Guid? except, int limit,
        CancellationToken ct)
    {
        var entered = names.Select(NameSearch.Fold).Where(n => n.Length > 0).Distinct().ToArray();
        if (entered.Length == 0) return [];
        var excluded = except ?? Guid.Empty;
        return await db.Database.SqlQuery<NameMatch>($"""
            SELECT d.id AS detainee_id, max(similarity(tracker_fold(n.name), q.folded))::float8 AS score
            FROM (SELECT DISTINCT unnest({entered}::text[]) AS folded) q
            JOIN detainees d ON q.folded <% d.search_text
            CROSS JOIN LATERAL unnest(array_prepend(d.name, d.name_variants)) AS n(name)
            WHERE d.deleted_at IS NULL AND d.id <> {excluded}
            GROUP BY d.id
            HAVING max(similarity(tracker_fold(n.name), q.folded)) >= {Threshold}
            ORDER BY 2 DESC, d.id
            LIMIT {limit}
            """).ToListAsync(ct);
    }
}
