using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Detainees;

/// <summary>
/// Fields only signed-in staff may ever see. Kept in a table of their own so that a
/// public query cannot select them by accident.
/// </summary>
public sealed class RestrictedDetails
{
    private RestrictedDetails() { }

    public RestrictedDetails(string? nationalId, string? familyContact, string? healthNotes, string? privateNotes)
    {
        NationalId = Guard.Optional(nationalId, nameof(NationalId), FieldLimits.NationalId);
        FamilyContact = Guard.Optional(familyContact, nameof(FamilyContact), FieldLimits.FamilyContact);
        HealthNotes = Guard.Optional(healthNotes, nameof(HealthNotes), FieldLimits.Notes);
        PrivateNotes = Guard.Optional(privateNotes, nameof(PrivateNotes), FieldLimits.Notes);
    }

    public string? NationalId { get; private set; }
    public string? FamilyContact { get; private set; }
    public string? HealthNotes { get; private set; }
    public string? PrivateNotes { get; private set; }

    public static RestrictedDetails Empty => new(null, null, null, null);
}
