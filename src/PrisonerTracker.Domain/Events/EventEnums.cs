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

/// <summary>A second person reviews every event before it counts.</summary>
public enum ReviewState { Pending, Approved, Rejected }
