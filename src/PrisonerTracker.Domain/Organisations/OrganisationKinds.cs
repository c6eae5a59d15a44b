using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Organisations;

/// <summary>
/// The one place that says which kinds of organisation make official claims and which make
/// independent tallies. An announcement takes its organisation's default role unless told otherwise.
/// </summary>
public static class OrganisationKinds
{
    /// <summary>
    /// A government speaks for the party holding the prisoners: its numbers are claims to check. Everyone
    /// else counts independently of the detention: NGOs, the UN, opposition coalitions, media with their
    /// own count, families and lawyers, and foreign governments (which count their own nationals).
    /// </summary>
    public static AnnouncementRole DefaultRole(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.Government => AnnouncementRole.Claim,
        OrganisationKind.ForeignGovernment or OrganisationKind.Ngo or OrganisationKind.PoliticalCoalition
            or OrganisationKind.Intergovernmental or OrganisationKind.Media or OrganisationKind.FamilyOrLawyer => AnnouncementRole.Tally,
        _ => throw new DomainRuleException("Kind", "Unknown organisation kind."),
    };
}
