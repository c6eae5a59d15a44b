namespace PrisonerTracker.Domain.Events;

public enum EventKind
{
    Arrested,
    Transferred,
    Sentenced,
    ReleasedConditional,
    ReleasedFull,
    ReArrested,
    WhereaboutsUnknown,
    DiedInCustody,
}

/// <summary>
/// How well a fact is established. The order matters: thresholds compare with it.
/// Claimed by an official &lt; reported by media or family &lt; verified by an NGO &lt;
/// confirmed by two independent organisations.
/// </summary>
public enum Confidence { Claimed = 0, Reported = 1, Verified = 2, Confirmed = 3 }

/// <summary>
/// A second person reviews every event before it counts. Only <see cref="Approved"/> counts in public;
/// <see cref="Rejected"/> (wrong), <see cref="Unverifiable"/> (may be true, cannot be checked) and
/// <see cref="Superseded"/> (an approved fact replaced by its approved correction) are set aside
/// everywhere, like deleted facts; a pending fact is on record but not yet counted.
/// </summary>
public enum ReviewState { Pending, Approved, Rejected, Unverifiable, Superseded }

public static class ReviewStates
{
    /// <summary>On record: approved, or pending review. Every other state is set aside by every rule.</summary>
    public static bool IsLive(this ReviewState state) => state is ReviewState.Pending or ReviewState.Approved;
}
