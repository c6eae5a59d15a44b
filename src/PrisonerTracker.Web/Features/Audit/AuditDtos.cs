using System.Text.Json;

namespace PrisonerTracker.Web.Features.Audit;

/// <summary>One entry of the audit log.</summary>
/// <param name="Id">Position in the log (the hash chain's order).</param>
/// <param name="At">When the change was committed.</param>
/// <param name="ActorId">The principal's name identifier: <c>api-key:&lt;id&gt;</c>, a staff account's id, or <c>system</c> for maintenance commands.</param>
/// <param name="ActorName">The principal's display name at the time.</param>
/// <param name="Address">The client address, when the change came over HTTP.</param>
/// <param name="Action">create, update, delete, review, revoke or export.</param>
/// <param name="RecordType">detainee, event, announcement, facility, organisation, source or api-key.</param>
/// <param name="RecordId">The record changed; absent for an export of many people.</param>
/// <param name="Changes">Field name → { before, after }. Restricted fields show only that they changed: "(restricted)".</param>
public sealed record AuditEntryDto(long Id, DateTimeOffset At, string ActorId, string ActorName, string? Address, string Action,
    string RecordType, Guid? RecordId, JsonElement Changes);

/// <summary>Filters for the audit log; all optional, combined with AND.</summary>
/// <param name="Accounts">Whether sign-in and account entries (record type account: staff addresses, failed attempts) are included; reviewers and admins only.</param>
public sealed record AuditFilter(string? RecordType, Guid? RecordId, string? Actor, string? Action, DateTimeOffset? From, DateTimeOffset? To,
    bool Accounts = false);
