namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// The one place where account and sign-in events are reported: sign-ins (succeeded, failed,
/// locked out, refused), sign-outs, and an admin's changes to accounts and keys. Today each is a
/// structured log event; the audit log hooks in here, so callers never need to change. Events
/// carry user ids and addresses, never passwords, codes or keys.
/// </summary>
public sealed class SecurityEvents(ILogger<SecurityEvents> log)
{
    public void SignInSucceeded(Guid userId, string method, string? address) =>
        log.LogInformation("Security: sign-in succeeded for user {UserId} by {Method} from {Address}", userId, method, address);

    /// <summary>A failed attempt; <paramref name="userId"/> is null when no account has that address.</summary>
    public void SignInFailed(Guid? userId, string reason, string? address) =>
        log.LogWarning("Security: sign-in failed for user {UserId} ({Reason}) from {Address}", userId, reason, address);

    public void SignedOut(Guid userId) =>
        log.LogInformation("Security: user {UserId} signed out", userId);

    /// <summary>An admin (or the command line, when <paramref name="actorId"/> is null) changed an account or key.</summary>
    public void AccountChanged(Guid? actorId, Guid subjectId, string change) =>
        log.LogInformation("Security: {Change} on {SubjectId} by {ActorId}", change, subjectId, actorId);
}
