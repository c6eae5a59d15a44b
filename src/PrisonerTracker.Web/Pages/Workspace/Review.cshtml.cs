using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Validation;
using PrisonerTracker.Web.Features.Events;
using PrisonerTracker.Web.Features.Organisations;

namespace PrisonerTracker.Web.Pages.Workspace;

/// <summary>
/// The review queue (reviewers and admins): pending facts of the viewer's organisation, oldest first,
/// each approved, rejected with a reason or marked unverifiable through the API's review service.
/// </summary>
public sealed class ReviewModel(EventWriteService writes, EventsService events, OrganisationsService organisations,
    IStringLocalizerFactory localizers) : PageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "organisation")]
    public Guid? Organisation { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public EventKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "person")]
    public string? Person { get; set; }

    public IReadOnlyList<QueueItem> Items { get; private set; } = [];
    public IReadOnlyList<OrganisationRef> Organisations { get; private set; } = [];

    /// <summary>The fact whose decision was refused: its form shows the errors.</summary>
    public Guid? RefusedId { get; private set; }

    private IStringLocalizer Text => localizers.Create("Pages.Workspace.Review", typeof(ReviewModel).Assembly.GetName().Name!);
    private Viewer Viewer => HttpContext.Viewer();

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostDecideAsync(Guid id)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Input.", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        var request = new ReviewRequest(Input.Decision, string.IsNullOrWhiteSpace(Input.Reason) ? null : Input.Reason);
        var errors = new RequestErrors();
        request.Validate(errors);
        foreach (var field in errors.ToDictionary().Keys)
            ModelState.AddModelError(field == "reason" ? "Input.Reason" : "Input.Decision", Text[field == "reason" ? "Error.ReasonTooLong" : "Error.Decision"]);
        if (ModelState.IsValid)
        {
            try
            {
                if (!await writes.ReviewAsync(id, request, Viewer, HttpContext.RequestAborted)) return NotFound();
                return RedirectToPage(new { organisation = Organisation, kind = Kind, person = Person, decided = id });
            }
            catch (DomainRuleException rule)
            {
                var (key, message) = rule.Field switch
                {
                    "Reason" => ("Input.Reason", Text["Error.Reason"].Value),
                    "ReviewedBy" => ("Input.Decision", Text["Error.OwnFact"].Value),
                    _ => ("Input.Decision", $"{Text["Error.NotAccepted"]} {rule.Message}"),
                };
                ModelState.AddModelError(key, message);
            }
        }
        RefusedId = id;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Items = await events.QueueAsync(new ReviewQueueQuery(Organisation, Kind, Person), Viewer, Links.From(Request), HttpContext.RequestAborted);
        Organisations = await organisations.ChoicesAsync(HttpContext.RequestAborted);
    }

    public sealed class DecisionInput
    {
        public ReviewDecision? Decision { get; set; }
        public string? Reason { get; set; }
    }
}
