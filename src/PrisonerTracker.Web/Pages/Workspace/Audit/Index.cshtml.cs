using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Accounts;
using PrisonerTracker.Web.Features.Audit;

namespace PrisonerTracker.Web.Pages.Workspace.Audit;

/// <summary>
/// The audit log for reviewers and admins: filter by who, what kind of record, which record, what
/// was done and when; newest first, in keyset pages (the same read as GET /api/v1/audit). Restricted
/// values were masked when the entries were written, so the page shows only that they changed.
/// </summary>
[Authorize(Policy = WorkspacePolicies.Reviewer)]
public sealed class IndexModel(AuditService audit, IStringLocalizer<SharedResource> text) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true), MaxLength(200, ErrorMessage = "Audit.Error.Length")] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true), MaxLength(40, ErrorMessage = "Audit.Error.Length")] public string? RecordType { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Record { get; set; }
    [BindProperty(SupportsGet = true), MaxLength(20, ErrorMessage = "Audit.Error.Length")] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true), MaxLength(Api.Cursor.MaxLength, ErrorMessage = "Audit.Error.Cursor")] public string? Cursor { get; set; }

    public Page<AuditEntryDto>? Entries { get; private set; }

    /// <summary>The same filters with the next page's cursor, for the "Older entries" link.</summary>
    public Dictionary<string, string?> NextPage { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (ModelState.GetFieldValidationState(nameof(Record)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.Remove(nameof(Record));
            ModelState.AddModelError(nameof(Record), text["Audit.Error.Record"]);
        }
        if (From is { } from && To is { } to && to < from) ModelState.AddModelError(nameof(To), text["Audit.Error.Range"]);
        if (!AuditService.TryReadCursor(Cursor, out var before)) ModelState.AddModelError(nameof(Cursor), text["Audit.Error.Cursor"]);
        if (!ModelState.IsValid) return;

        var filter = new AuditFilter(Blank(RecordType), Record, Blank(Actor), Blank(Action),
            From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddTicks(-10), Accounts: true);
        Entries = await audit.ListAsync(filter, before, PageSize, HttpContext.RequestAborted);
        NextPage = new()
        {
            ["actor"] = Blank(Actor), ["recordType"] = Blank(RecordType), ["record"] = Record?.ToString(), ["action"] = Blank(Action),
            ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["cursor"] = Entries.NextCursor,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
