using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Features.Announcements;
using PrisonerTracker.Web.Pages.Workspace.Shared;

namespace PrisonerTracker.Web.Pages.Workspace.Announcements;

/// <summary>What the new and edit pages share: the organisations to choose from, and saving through the write service with errors beside the fields.</summary>
public sealed class AnnouncementForm(AnnouncementWriteService writes, TrackerDbContext db)
{
    public async Task<IReadOnlyList<KeyValuePair<Guid, string>>> OrganisationsAsync(CancellationToken ct) =>
        [.. (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => new KeyValuePair<Guid, string>(o.Id, o.Name))];

    /// <summary>The saved announcement, or null with the errors in <paramref name="state"/> (nothing written).</summary>
    public async Task<Announcement?> SaveAsync(AnnouncementInput input, Announcement? current, ModelStateDictionary state, CancellationToken ct)
    {
        var request = input.ToRequest(current);
        if (!state.IsValid || !FormErrors.Validate(state, request)) return null;
        try
        {
            if (current is null) return await writes.CreateAsync(request, ct);
            await writes.ReplaceAsync(current, request, ct);
            return current;
        }
        catch (DomainRuleException rule)
        {
            FormErrors.Add(state, rule.Field == "Number" ? "ClaimedLow" : rule.Field, rule.Message);
            return null;
        }
    }
}
