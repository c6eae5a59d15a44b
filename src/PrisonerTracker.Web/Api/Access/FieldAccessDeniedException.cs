namespace PrisonerTracker.Web.Api.Access;

/// <summary>
/// The caller's role may make the request, but not write this field of this record (restricted
/// fields of a person another organisation recorded): answered 403 naming the field.
/// </summary>
public sealed class FieldAccessDeniedException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
