using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Web.Features.Announcements;
using PrisonerTracker.Web.Pages.Workspace.Shared;

namespace PrisonerTracker.Web.Pages.Workspace.Announcements;

/// <summary>Corrects an announcement; when someone else saved first, nothing is written and both versions are shown.</summary>
public sealed class EditModel(AnnouncementWriteService writes, AnnouncementForm form) : PageModel
{
    [BindProperty]
    public AnnouncementInput Input { get; set; } = new();

    public Guid Id { get; private set; }
    public IReadOnlyList<KeyValuePair<Guid, string>> Organisations { get; private set; } = [];
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var announcement = await writes.FindAsync(id, HttpContext.RequestAborted);
        if (announcement is null) return NotFound();
        Input = AnnouncementInput.From(announcement);
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var announcement = await writes.FindAsync(id, ct);
        if (announcement is null) return NotFound();
        if (announcement.Version == Input.Version)
        {
            try
            {
                if (await form.SaveAsync(Input, announcement, ModelState, ct) is not null) return Redirect($"/workspace/announcements/{id}/edit?saved=true");
                return await ShowAsync(id);
            }
            catch (DbUpdateConcurrencyException) { }
        }
        var current = AnnouncementInput.From(announcement);
        Conflict = VersionConflict.Between(Input.Values(), current.Values());
        Input.Version = current.Version;
        ModelState.Remove("Input.Version");
        return await ShowAsync(id);
    }

    private async Task<PageResult> ShowAsync(Guid id)
    {
        Id = id;
        Organisations = await form.OrganisationsAsync(HttpContext.RequestAborted);
        return Page();
    }
}
