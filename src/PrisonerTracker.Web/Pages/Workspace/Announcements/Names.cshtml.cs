using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Announcements;

namespace PrisonerTracker.Web.Pages.Workspace.Announcements;

/// <summary>
/// The names an announcement lists: paste them, see each matched to the register with its score,
/// then confirm a match, create the person, or leave the line out for each.
/// </summary>
public sealed class NamesModel(AnnouncementWriteService writes, AnnouncementNameList names, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public List<LineInput> Lines { get; set; } = [];
    [BindProperty] public uint Version { get; set; }

    public Announcement? Announcement { get; private set; }
    public IReadOnlyList<MatchedName> Matches { get; private set; } = [];
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMatchAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var listed = AnnouncementNameList.Lines(Text);
        if (listed.Count == 0) ModelState.AddModelError(nameof(Text), text["Validation.Required"]);
        else if (listed.Count > FieldLimits.NamedPeoplePerAnnouncement || listed.Any(n => n.Length > FieldLimits.Name))
            ModelState.AddModelError(nameof(Text), text["Announcements.Error.NameList", FieldLimits.NamedPeoplePerAnnouncement, FieldLimits.Name]);
        else Matches = await names.MatchAsync(listed, HttpContext.RequestAborted);
        Lines = [.. Matches.Select(m => new LineInput { Name = m.Name, Choice = m.Candidates is [{ Score: >= 1 } best, ..] ? best.Id.ToString() : null })];
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id, keepVersion: true)) return NotFound();
        if (Announcement!.Version != Version) return await RematchAsync(conflict: true);
        for (var i = 0; i < Lines.Count; i++)
            if (Lines[i].Choice is null || (Lines[i].Choice is not ("new" or "skip") && !Guid.TryParse(Lines[i].Choice, out _)))
                ModelState.AddModelError($"Lines[{i}].Choice", text["Announcements.Error.Choose"]);
        if (!ModelState.IsValid || Lines.Count > FieldLimits.NamedPeoplePerAnnouncement) return await RematchAsync(conflict: false);
        var choices = Lines.Where(l => l.Choice != "skip")
            .Select(l => new NameChoice(l.Name ?? "", Guid.TryParse(l.Choice, out var person) ? person : null, l.Choice == "new")).ToList();
        try
        {
            await names.ConfirmAsync(Announcement, choices, HttpContext.Viewer(), ct);
            return Redirect($"/workspace/announcements/{id}/names?saved=true");
        }
        catch (Exception e) when (e is DomainRuleException or DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(Lines), e is DomainRuleException rule ? rule.Message : text["Workspace.Error.Changed"]);
            return await RematchAsync(conflict: e is DbUpdateConcurrencyException);
        }
    }

    /// <summary>Shows the lines again as the user chose them; nothing was saved.</summary>
    private async Task<PageResult> RematchAsync(bool conflict)
    {
        Conflict = conflict;
        Matches = await names.MatchAsync([.. Lines.Select(l => l.Name ?? "").Where(n => n.Length > 0)], HttpContext.RequestAborted);
        Version = Announcement!.Version;
        ModelState.Remove(nameof(Version));
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, bool keepVersion = false)
    {
        Announcement = await writes.FindAsync(id, HttpContext.RequestAborted);
        if (Announcement is not null && !keepVersion)
        {
            Version = Announcement.Version;
            ModelState.Remove(nameof(Version));
        }
        return Announcement is not null;
    }

    public sealed class LineInput
    {
        public string? Name { get; set; }

        /// <summary>A person's id, "new" (create the person) or "skip" (leave the line out).</summary>
        public string? Choice { get; set; }
    }
}
