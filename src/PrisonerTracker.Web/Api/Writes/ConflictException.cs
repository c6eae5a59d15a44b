namespace PrisonerTracker.Web.Api.Writes;

/// <summary>
/// The change conflicts with other records (a name already taken, a record still referenced):
/// answered 409. The message is written for the caller and names no person.
/// </summary>
public sealed class ConflictException(string message) : Exception(message);
