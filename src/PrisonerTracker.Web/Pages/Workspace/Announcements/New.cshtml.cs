using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PrisonerTracker.Web.Pages.Workspace.Announcements;

/// <summary>Records a public statement of a number; its list of names is added next, on the names page.</summary>
public sealed class NewModel(AnnouncementForm form) : PageModel
{
    [BindProperty]
    public AnnouncementInput Input { get; set; } = new();

    public IReadOnlyList<KeyValuePair<Guid, string>> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => Organisations = await form.OrganisationsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var saved = await form.SaveAsync(Input, null, ModelState, HttpContext.RequestAborted);
        if (saved is not null) return Redirect($"/workspace/announcements/{saved.Id}/names");
        await OnGetAsync();
        return Page();
    }
}
