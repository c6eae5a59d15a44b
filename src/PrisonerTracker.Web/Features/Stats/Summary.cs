using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>The headline numbers on a date.</summary>
public sealed record Summary(
    DateOnly AsOf,
    string Threshold,
    int Held,
    int WhereaboutsUnknown,
    int ReleasedVerified,
    int ReleasedConditional,
    int ReleasedFull,
    int ReleaseReportedUnverified,
    int Deceased,
    LatestClaim? LatestOfficialClaim);

/// <summary>The latest number claimed by a government body on or before the date.</summary>
public sealed record LatestClaim(Guid Id, DateOnly Date, string Speaker, string Organisation, string Claim, string Number, int? Low, string Scope,
    NumberQualifier Qualifier = NumberQualifier.None, int? High = null);
