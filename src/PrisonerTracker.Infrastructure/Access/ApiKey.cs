namespace PrisonerTracker.Infrastructure.Access;

/// <summary>
/// A credential for the REST API, held by one organisation's desk or script. Only a
/// SHA-256 hash of the secret is stored; the secret is shown once, when the key is made.
/// The role is stored by name (Editor, Reviewer, Admin) and interpreted by the web layer.
/// </summary>
public sealed class ApiKey
{
    private ApiKey() { Name = ""; Role = ""; Prefix = ""; SecretHash = []; CreatedBy = ""; }

    public ApiKey(string name, Guid organisationId, string role, string prefix, byte[] secretHash, string createdBy, DateTimeOffset now, Guid? userId = null)
    {
        UserId = userId;
        Name = name;
        OrganisationId = organisationId;
        Role = role;
        Prefix = prefix;
        SecretHash = secretHash;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Who uses the key ("Foro Penal desk"); recorded as the author of what it enters.</summary>
    public string Name { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>
    /// The staff account the key acts for: what it enters counts as that person's for the four-eyes
    /// rule. Null only on keys made before accounts existed, which count as a person of their own.
    /// </summary>
    public Guid? UserId { get; private set; }
    public string Role { get; private set; }

    /// <summary>The public part of the key, shown in lists and used to find the key.</summary>
    public string Prefix { get; private set; }
    public byte[] SecretHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
