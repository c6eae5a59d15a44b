namespace PrisonerTracker.Web.Pages.Workspace.Shared;

/// <summary>One field of a record as the user typed it and as someone else saved it first.</summary>
public sealed record ConflictRow(string Field, string? Yours, string? Saved);

/// <summary>
/// Someone else saved the record after this form was opened: nothing was written. The form keeps
/// what the user typed and now carries the saved version, so saving again is a deliberate choice.
/// </summary>
public sealed record VersionConflict(IReadOnlyList<ConflictRow> Rows)
{
    /// <summary>The fields whose values differ; names are the form's property names.</summary>
    public static VersionConflict Between(IReadOnlyDictionary<string, string?> yours, IReadOnlyDictionary<string, string?> saved) =>
        new([.. yours.Keys.Union(saved.Keys)
            .Where(k => (yours.GetValueOrDefault(k) ?? "") != (saved.GetValueOrDefault(k) ?? ""))
            .Select(k => new ConflictRow(k, yours.GetValueOrDefault(k), saved.GetValueOrDefault(k)))]);
}
