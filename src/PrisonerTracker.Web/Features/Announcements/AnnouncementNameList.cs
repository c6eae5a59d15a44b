using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Detainees;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>One line of a published list of names, with the register's likeliest people for it.</summary>
public sealed record MatchedName(string Name, IReadOnlyList<LikelyDuplicate> Candidates);

/// <summary>What to do with one listed name: name an existing person, create one, or leave the line out.</summary>
public sealed record NameChoice(string Name, Guid? PersonId, bool CreatePerson);

/// <summary>
/// The names an announcement lists (as governments publish them: one per line), matched to the
/// register with <see cref="DuplicateCheck"/>'s rule, then confirmed one by one. The confirmed
/// people join the announcement's named people (<c>namedDetaineeIds</c> in the API).
/// </summary>
public sealed class AnnouncementNameList(TrackerDbContext db, DuplicateCheck matching, DetaineeWriteService people, AnnouncementWriteService announcements)
{
    public const int CandidatesPerName = 3;

    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim().TrimStart('-', '*', '•').Trim()).Where(l => l.Length > 0).Distinct()];

    public async Task<IReadOnlyList<MatchedName>> MatchAsync(IReadOnlyList<string> names, CancellationToken ct)
    {
        var matched = new List<MatchedName>();
        foreach (var name in names) matched.Add(new(name, await matching.MatchNameAsync(name, CandidatesPerName, ct)));
        return matched;
    }

    /// <summary>
    /// Creates the new people and names everyone chosen, in one transaction: a refused choice
    /// (an unknown person, a name the register refuses) leaves no new person behind.
    /// </summary>
    public async Task ConfirmAsync(Domain.Announcements.Announcement announcement, IReadOnlyList<NameChoice> choices, Viewer viewer, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var named = announcement.NamedDetainees.Select(d => d.Id).ToList();
        foreach (var choice in choices)
        {
            if (choice.CreatePerson)
                named.Add((await people.CreateAsync(new DetaineeRequest(choice.Name.Trim()), viewer, ct)).Id);
            else if (choice.PersonId is { } id)
                named.Add(await db.Detainees.AnyAsync(d => d.Id == id, ct) ? id
                    : throw new DomainRuleException("Lines", "One of the chosen people is no longer on record."));
        }
        var request = AnnouncementRequest.From(announcement) with { Sources = null, NamedDetaineeIds = [.. named.Distinct()] };
        await announcements.ReplaceAsync(announcement, request, ct);
        await transaction.CommitAsync(ct);
    }
}
