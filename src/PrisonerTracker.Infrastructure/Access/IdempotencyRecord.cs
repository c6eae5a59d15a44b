namespace PrisonerTracker.Infrastructure.Access;

/// <summary>
/// The outcome of a POST sent with an <c>Idempotency-Key</c>, kept for 24 hours so that a
/// retry with the same key and body gets the first answer instead of creating a duplicate.
/// A row without <see cref="StatusCode"/> is a request still being processed.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord() { Caller = ""; Key = ""; RequestHash = ""; }

    public IdempotencyRecord(string caller, string key, string requestHash, DateTimeOffset now)
    {
        Caller = caller;
        Key = key;
        RequestHash = requestHash;
        CreatedAt = now;
    }

    /// <summary>Who sent it (the API key's id): keys are scoped per caller, never shared.</summary>
    public string Caller { get; private set; }
    public string Key { get; private set; }

    /// <summary>SHA-256 of method, path and body: the same key with another body is refused.</summary>
    public string RequestHash { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public int? StatusCode { get; private set; }
    public string? ContentType { get; private set; }
    public string? Location { get; private set; }
    public string? ResponseBody { get; private set; }
}
