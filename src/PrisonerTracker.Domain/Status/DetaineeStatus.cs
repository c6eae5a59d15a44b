namespace PrisonerTracker.Domain.Status;

/// <summary>
/// A person's situation on a date, derived from events (never typed in).
/// <see cref="NotHeld"/> means no counted event yet: not (yet) known to be detained.
/// </summary>
public enum DetaineeStatus
{
    NotHeld,
    Held,
    ReleasedConditional,
    ReleasedFull,
    WhereaboutsUnknown,
    Deceased,
}

public static class DetaineeStatusExtensions
{
    public static bool IsReleased(this DetaineeStatus status) =>
        status is DetaineeStatus.ReleasedConditional or DetaineeStatus.ReleasedFull;

    /// <summary>Still deprived of liberty: held at a known place or disappeared.</summary>
    public static bool IsDetained(this DetaineeStatus status) =>
        status is DetaineeStatus.Held or DetaineeStatus.WhereaboutsUnknown;
}
