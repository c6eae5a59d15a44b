using System.Text.Json;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Infrastructure.Auditing;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// The one place where account and sign-in events are reported: sign-ins (succeeded, failed,
/// locked out), sign-outs, two-factor and passkey changes, and an admin's changes to accounts
/// and keys. Each is a structured log event and an entry of the hash-chained audit log (record
/// type <c>account</c>, the account's id). Events carry account ids, addresses and passkey names,
/// never passwords, codes, keys, or an address typed for an account that does not exist.
/// </summary>
public sealed class SecurityEvents(TrackerDbContext db, TimeProvider clock, IHttpContextAccessor http, ILogger<SecurityEvents> log)
{
    public const string RecordType = "account";

    private string? Address => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    /// <summary>Before sign-in completes the request has no principal: the account itself is the actor.</summary>
    private AuditActor As(StaffUser user) => new(user.Id.ToString(), user.Email ?? user.Id.ToString(), Address);

    public Task SignInSucceededAsync(StaffUser user, string method, CancellationToken ct = default)
    {
        log.LogInformation("Security: sign-in succeeded for user {UserId} by {Method} from {Address}", user.Id, method, Address);
        return WriteAsync(As(user), "sign-in", user.Id, new() { ["method"] = method }, ct);
    }

    /// <summary>
    /// A failed attempt. With no account (<paramref name="user"/> null) only the address is kept: what was typed
    /// may be a password in the wrong field, or the address of someone who has no account here.
    /// </summary>
    public Task SignInFailedAsync(StaffUser? user, string reason, CancellationToken ct = default)
    {
        log.LogWarning("Security: sign-in failed for user {UserId} ({Reason}) from {Address}", user?.Id, reason, Address);
        var actor = user is null ? new AuditActor("anonymous", "anonymous", Address) : As(user);
        return WriteAsync(actor, "sign-in-failed", user?.Id, new() { ["reason"] = reason }, ct);
    }

    /// <summary>An attempt refused because the account is locked (this attempt may be the one that locked it).</summary>
    public Task LockedOutAsync(StaffUser user, string method, CancellationToken ct = default)
    {
        log.LogWarning("Security: sign-in failed for user {UserId} (locked out) from {Address}", user.Id, Address);
        return WriteAsync(As(user), "lockout", user.Id, new() { ["method"] = method }, ct);
    }

    public Task RecoveryCodeUsedAsync(StaffUser user, int codesLeft, CancellationToken ct = default)
    {
        log.LogInformation("Security: user {UserId} used a recovery code, {CodesLeft} left", user.Id, codesLeft);
        return WriteAsync(As(user), "recovery-code", user.Id, new() { ["codesLeft"] = codesLeft }, ct);
    }

    public Task SignedOutAsync(Guid userId, CancellationToken ct = default)
    {
        log.LogInformation("Security: user {UserId} signed out", userId);
        return WriteAsync(db.Actor, "sign-out", userId, [], ct);
    }

    /// <summary>
    /// A change to an account or its sign-in methods, by the signed-in user, an admin, or the command line
    /// (<paramref name="actorId"/> null). <paramref name="action"/> names it for the audit log's filter.
    /// </summary>
    public Task AccountChangedAsync(Guid? actorId, Guid subjectId, string action, string change, CancellationToken ct = default)
    {
        log.LogInformation("Security: {Change} on {SubjectId} by {ActorId}", change, subjectId, actorId);
        return WriteAsync(db.Actor, action, subjectId, new() { ["change"] = change }, ct);
    }

    /// <summary>Log only: the key's own audit entry (create, revoke) is written with the change, in its transaction.</summary>
    public void KeyChanged(Guid? actorId, Guid subjectId, string change) =>
        log.LogInformation("Security: {Change} on {SubjectId} by {ActorId}", change, subjectId, actorId);

    private Task WriteAsync(AuditActor actor, string action, Guid? accountId, SortedDictionary<string, object> details, CancellationToken ct) =>
        db.RecordAsync(new AuditEntry(actor, clock.GetUtcNow(), action, RecordType, accountId, JsonSerializer.Serialize(details)), ct);
}
