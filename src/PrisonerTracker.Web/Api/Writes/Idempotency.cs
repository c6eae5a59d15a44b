namespace PrisonerTracker.Web.Api.Writes;

/// <summary>Endpoint metadata: this POST honours <c>Idempotency-Key</c>.</summary>
public sealed class IdempotentMetadata
{
    public static IdempotentMetadata Instance { get; } = new();
}

public static class IdempotencyEndpointExtensions
{
    /// <summary>
    /// A retry with the same <c>Idempotency-Key</c> and body returns the first answer instead of
    /// creating a duplicate. Not for responses that carry secrets: they would be stored.
    /// </summary>
    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(IdempotentMetadata.Instance);
}
