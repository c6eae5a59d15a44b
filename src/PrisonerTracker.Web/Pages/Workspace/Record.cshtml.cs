using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Features.Events;
using PrisonerTracker.Web.Features.Facilities;
using PrisonerTracker.Web.Features.Organisations;
using PrisonerTracker.Web.Pages.Workspace.Facts;

namespace PrisonerTracker.Web.Pages.Workspace;

/// <summary>
/// Record a fact: find the person (the API's name search), then one form saved as a pending fact through
/// the API's write service. <c>?corrects=</c> fills the form from an approved fact to correct it;
/// <c>?again=</c> from a rejected fact, to enter it again fixed.
/// </summary>
public sealed class RecordModel(
    EventWriteService writes, EventsService events, DetaineesService people, FacilitiesService facilities,
    OrganisationsService organisations, IStringLocalizerFactory localizers) : PageModel
{
    [BindProperty]
    public FactInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<DetaineeItem> Matches { get; private set; } = [];
    public DetaineeProfile? Person { get; private set; }
    public IReadOnlyList<EventDto> ApprovedFacts { get; private set; } = [];
    public EventDto? Corrected { get; private set; }

    /// <summary>The rejected fact the form was filled from (<c>?again=</c>), entered again as a new fact.</summary>
    public EventDto? Rejected { get; private set; }
    public EventDto? Recorded { get; private set; }
    public IReadOnlyList<FacilityChoice> Facilities { get; private set; } = [];
    public IReadOnlyList<OrganisationRef> Organisations { get; private set; } = [];

    private IStringLocalizer Text => localizers.Create("Pages.Workspace.Record", typeof(RecordModel).Assembly.GetName().Name!);
    private Viewer Viewer => HttpContext.Viewer();
    private Links Links => Links.From(Request);
    private CancellationToken Ct => HttpContext.RequestAborted;

    public async Task<IActionResult> OnGetAsync(Guid? person, Guid? corrects, Guid? recorded, Guid? again)
    {
        if (recorded is { } id) Recorded = await events.GetAsync(id, Viewer, Links, Ct);
        if (corrects is { } old)
        {
            Corrected = await events.ApprovedFactAsync(old, Viewer, Links, Ct);
            if (Corrected is null) return NotFound();
            Input = FactInput.From(Corrected);
        }
        else if (again is { } rejectedId)
        {
            var rejected = await events.RejectedFactAsync(rejectedId, Viewer, Links, Ct);
            if (rejected is null) return NotFound();
            Rejected = rejected.Fact;
            Input = FactInput.From(rejected.Fact);
            // A rejected fact is no fact to correct: it is entered anew, still correcting what it meant to if that stands.
            Corrected = rejected.Corrects is { } meant ? await events.ApprovedFactAsync(meant, Viewer, Links, Ct) : null;
            Input.CorrectsEventId = Corrected?.Id;
        }
        else if (person is { } chosen) Input.PersonId = chosen;
        Input.ReportingOrganisationId ??= Viewer.OrganisationId;
        if (Input.PersonId is null && !string.IsNullOrWhiteSpace(Query))
            Matches = (await people.ListAsync(new DetaineeListQuery(Q: Query.Trim()), new PageInput(20, null), Viewer, Links, false, Ct)).Items;
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Remove("q");
        FactErrors.Check(Input, ModelState, Text);
        if (ModelState.IsValid)
        {
            try
            {
                var id = await writes.RecordAsync(Input.PersonId!.Value, Input.ToRequest(), Viewer, Ct);
                if (id is null) return NotFound();
                return RedirectToPage(new { person = Input.PersonId, recorded = id });
            }
            catch (DomainRuleException rule)
            {
                FactErrors.Rule(rule.Field, rule.Message, ModelState, Text);
            }
        }
        if (Input.CorrectsEventId is { } old) Corrected = await events.ApprovedFactAsync(old, Viewer, Links, Ct);
        return await LoadAsync() ? Page() : NotFound();
    }

    /// <summary>The chosen person (false when there is no such person) and the form's choices.</summary>
    private async Task<bool> LoadAsync()
    {
        if (Input.PersonId is { } id)
        {
            Person = await people.GetProfileAsync(id, new DetaineeProfileQuery(), Viewer, Links, Ct);
            if (Person is null) return false;
            ApprovedFacts = await events.ApprovedFactsOfAsync(id, Links, Ct);
        }
        Facilities = await facilities.ChoicesAsync(Ct);
        Organisations = await organisations.ChoicesAsync(Ct);
        return true;
    }
}
