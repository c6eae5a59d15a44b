using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Writes;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Pages.Workspace.Shared;

namespace PrisonerTracker.Web.Pages.Workspace.People;

/// <summary>
/// Corrects a person. The form carries the row version it was loaded at: when someone else saved
/// first, nothing is written and both versions are shown. A merged-away person leads to the kept one.
/// </summary>
public sealed class EditModel(DetaineeWriteService writes, DuplicateCheck duplicates, DetaineeMergeService merges,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public Guid Id { get; private set; }
    public bool MayWriteRestricted { get; private set; }
    public bool CanMerge { get; private set; }
    public bool Withheld { get; private set; }
    public DuplicateReport Duplicates { get; private set; } = DuplicateReport.None;
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var detainee = await writes.FindAsync(id, HttpContext.RequestAborted);
        if (detainee is null) return await MissingAsync(id);
        Show(detainee);
        Input = PersonInput.From(detainee, MayWriteRestricted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var viewer = HttpContext.Viewer();
        var ct = HttpContext.RequestAborted;
        var detainee = await writes.FindAsync(id, ct);
        if (detainee is null) return await MissingAsync(id);
        Show(detainee);
        if (detainee.Version != Input.Version) return ShowConflict(detainee);
        var request = Input.ToRequest(MayWriteRestricted, Input.Withheld == detainee.Withheld ? null : Input.Withheld);
        if (!ModelState.IsValid || !FormErrors.Validate(ModelState, request)) return Page();
        if (!Input.ConfirmedNew && NamesOrIdChanged(detainee))
        {
            Duplicates = await duplicates.FindAsync(Input.AllNames, MayWriteRestricted ? Input.NationalId : null, id, viewer, ct);
            if (Duplicates.Any) return Page();
        }
        try
        {
            await writes.ReplaceAsync(detainee, request, viewer, ct);
            return Redirect($"/workspace/people/{id}/edit?saved=true");
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between this request's read and its write.
            return await ReloadConflictAsync(id, ct);
        }
        catch (DomainRuleException rule) { FormErrors.Add(ModelState, rule); }
        catch (ConflictException) { FormErrors.Add(ModelState, nameof(Input.NationalId), text["People.Error.NationalIdTaken"]); }
        return Page();
    }

    private void Show(Detainee detainee)
    {
        var viewer = HttpContext.Viewer();
        Id = detainee.Id;
        Withheld = detainee.Withheld;
        MayWriteRestricted = viewer.MaySeeRestricted(detainee.RecordingOrganisationId);
        CanMerge = viewer.CanReview;
    }

    private bool NamesOrIdChanged(Detainee stored) =>
        !Input.AllNames.SequenceEqual([stored.Name, .. stored.NameVariants])
        || (MayWriteRestricted && (Input.NationalId?.Trim() ?? "") != (stored.Restricted.NationalId ?? ""));

    private PageResult ShowConflict(Detainee saved)
    {
        var current = PersonInput.From(saved, MayWriteRestricted);
        Conflict = VersionConflict.Between(Input.Values(MayWriteRestricted), current.Values(MayWriteRestricted));
        Input.Version = saved.Version;
        ModelState.Remove("Input.Version");
        return Page();
    }

    private async Task<IActionResult> ReloadConflictAsync(Guid id, CancellationToken ct)
    {
        HttpContext.RequestServices.GetRequiredService<Infrastructure.TrackerDbContext>().ChangeTracker.Clear();
        var saved = await writes.FindAsync(id, ct);
        return saved is null ? NotFound() : ShowConflict(saved);
    }

    /// <summary>A person merged into another: staff are sent to the kept person; anything else is 404.</summary>
    private async Task<IActionResult> MissingAsync(Guid id) =>
        await merges.KeptInsteadOfAsync(id, HttpContext.RequestAborted) is { } kept ? Redirect($"/workspace/people/{kept}/edit") : NotFound();
}
