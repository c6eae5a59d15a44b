using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Access;

namespace PrisonerTracker.Web.Features.Audit;

/// <summary>The audit log for staff: every change, review decision, key change and export, newest first.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/audit").WithTags("Audit").WithMetadata(OutsideDataVersion.Instance)
            .RequireAuthorization(Policies.Editor)
            .MapGet("/", GetAuditAsync)
            .WithName("GetAuditLog")
            .WithSummary("The audit log: who changed what, when and from where (staff only).")
            .WithDescription("Newest first. Restricted fields appear only as changed (\"(restricted)\"), never with their values. " +
                "Sign-in and account entries (recordType account) are listed for reviewer and admin keys only. " +
                "Pages follow the Link header (rel=\"next\") or nextCursor.")
            .Produces<Page<AuditEntryDto>>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    /// <summary>Audit entries matching every filter given.</summary>
    /// <param name="context">The request.</param>
    /// <param name="audit">The audit service.</param>
    /// <param name="recordType">detainee, event, announcement, facility, organisation, source, api-key or account (sign-ins and account changes).</param>
    /// <param name="recordId">One record's history.</param>
    /// <param name="actor">An actor's id (e.g. api-key:…) or display name, exactly.</param>
    /// <param name="action">create, update, delete, review, revoke or export; for record type account: sign-in, sign-in-failed, lockout, sign-out, recovery-code, two-factor-enable, two-factor-reset, passkey-add, passkey-rename, passkey-remove, and the admins' account changes.</param>
    /// <param name="from">ISO 8601 timestamp; entries at or after it.</param>
    /// <param name="to">ISO 8601 timestamp; entries at or before it.</param>
    /// <param name="limit">Page size, 1–500; default 50.</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<Results<Ok<Page<AuditEntryDto>>, ValidationProblem>> GetAuditAsync(HttpContext context, AuditService audit,
        [MaxLength(40)] string? recordType, Guid? recordId, [MaxLength(200)] string? actor, [MaxLength(20)] string? action,
        [MaxLength(ValueFormats.InstantLength)] string? from, [MaxLength(ValueFormats.InstantLength)] string? to,
        [Range(1, Paging.MaxLimit)] int? limit, [MaxLength(Cursor.MaxLength)] string? cursor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var fromTime = Instant(from, "from", errors);
        var toTime = Instant(to, "to", errors);
        if (recordType?.Length > 40) errors["recordType"] = ["'recordType' is at most 40 characters."];
        if (actor?.Length > 200) errors["actor"] = ["'actor' is at most 200 characters."];
        if (action?.Length > 20) errors["action"] = ["'action' is at most 20 characters."];
        var size = limit ?? Paging.DefaultLimit;
        if (size is < 1 or > Paging.MaxLimit) errors["limit"] = [$"'limit' must be between 1 and {Paging.MaxLimit}."];
        if (!AuditService.TryReadCursor(cursor, out var before))
            errors["cursor"] = ["'cursor' is not a cursor of this list; start again without it."];
        if (errors.Count > 0) return Problems.Invalid(errors);

        // Sign-ins and account changes (staff addresses, failed attempts) are for reviewers and admins, as on the audit pages.
        var filter = new AuditFilter(recordType, recordId, actor, action, fromTime, toTime, Accounts: context.Viewer().CanReview);
        var page = await audit.ListAsync(filter, before, size, ct);
        Paging.AddNextLink(context, page.NextCursor);
        return TypedResults.Ok(page);
    }

    private static DateTimeOffset? Instant(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (value.Length <= ValueFormats.InstantLength
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)) return instant;
        errors[name] = [$"'{name}' must be an ISO 8601 timestamp, e.g. 2026-01-31T00:00:00Z."];
        return null;
    }
}
