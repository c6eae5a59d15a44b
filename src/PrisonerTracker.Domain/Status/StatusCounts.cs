namespace PrisonerTracker.Domain.Status;

/// <summary>Aggregate counts on one date, built by <see cref="StatusRules.Tally"/>.</summary>
public sealed class StatusCounts
{
    public int Held { get; private set; }
    public int WhereaboutsUnknown { get; private set; }
    public int ReleasedConditional { get; private set; }
    public int ReleasedFull { get; private set; }
    public int Deceased { get; private set; }

    /// <summary>Counted as detained, but a release has been reported and not yet verified.</summary>
    public int ReleaseReportedUnverified { get; private set; }

    public int Detained => Held + WhereaboutsUnknown;
    public int Released => ReleasedConditional + ReleasedFull;

    public void Add(StatusOnDate status)
    {
        switch (status.Status)
        {
            case DetaineeStatus.Held: Held++; break;
            case DetaineeStatus.WhereaboutsUnknown: WhereaboutsUnknown++; break;
            case DetaineeStatus.ReleasedConditional: ReleasedConditional++; break;
            case DetaineeStatus.ReleasedFull: ReleasedFull++; break;
            case DetaineeStatus.Deceased: Deceased++; break;
        }
        if (status.Status.IsDetained() && status.UnverifiedStatus?.IsReleased() == true)
            ReleaseReportedUnverified++;
    }
}
