using Microsoft.AspNetCore.Mvc.RazorPages;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Pages.Workspace;

/// <summary>The workspace's start page: who is signed in, and where they can go from here.</summary>
public sealed class IndexModel : PageModel
{
    public Viewer Viewer { get; private set; } = Viewer.Anonymous;

    public void OnGet() => Viewer = Api.Viewer.From(User);
}
