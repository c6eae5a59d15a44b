namespace PrisonerTracker.Domain.Common;

/// <summary>
/// The four-eyes rule (a fact or a publication approved by someone other than its author) compares
/// people, not labels. A person is known by an id (<c>user:…</c> for a staff account, whichever of
/// its sessions or API keys acted; <c>key:…</c> for an API key that belongs to no account). Records
/// made before accounts existed have no id; for them, and only then, the display names are compared.
/// </summary>
public static class Author
{
    public const int IdLength = 60;

    public static bool Same(string authorName, string? authorId, string otherName, string? otherId) =>
        authorId is not null && otherId is not null
            ? string.Equals(authorId, otherId, StringComparison.Ordinal)
            : string.Equals(authorName.Trim(), otherName.Trim(), StringComparison.OrdinalIgnoreCase);
}
