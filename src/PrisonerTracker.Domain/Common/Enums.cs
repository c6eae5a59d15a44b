namespace PrisonerTracker.Domain.Common;

public enum Gender { Unknown, Female, Male, Other }

/// <summary>Civilian or military (the brief: military prisoners are counted apart).</summary>
public enum ServiceBranch { Civilian, Military }

public enum FacilityKind { IntelligenceService, MilitaryCounterIntelligence, Police, Prison, MilitaryBase, Other }

/// <summary>
/// Who speaks or reports. <see cref="PoliticalCoalition"/> is an opposition alliance of parties (the Plataforma
/// Unitaria Democrática), not an NGO. Each kind's default announcement role is in <c>OrganisationKinds</c>.
/// </summary>
public enum OrganisationKind { Government, ForeignGovernment, Ngo, PoliticalCoalition, Intergovernmental, Media, FamilyOrLawyer }

/// <summary>
/// What an announcement says happened (or will happen) to the people it counts. For an independent
/// tally it is what the tally counts: <see cref="Detained"/> people held, or <see cref="Released"/> releases.
/// </summary>
public enum ClaimKind { Released, Detained, ToBeReleased }

/// <summary>
/// An official claim (made by a party to the detention: a government, its agencies, its officials) is
/// checked; an independent tally (an NGO, the UN, an opposition coalition, a media count with its own
/// method) is what it is checked against. Tallies are never given a "gap" as if they were claims.
/// </summary>
public enum AnnouncementRole { Claim, Tally }

/// <summary>
/// How a number was worded: "116" (exact), "más de 400 / over 400" (more than), "at least 800", "about 50",
/// "up to 80", "60 to 70" (range), or no number at all ("a significant number").
/// </summary>
public enum NumberQualifier { None, Exact, MoreThan, AtLeast, About, UpTo, Range }

/// <summary>
/// The groups a tally of people held is broken down into ("806, of whom 175 military, 105 women, 1 adolescent"):
/// the same dimensions the register breaks its own counts down by.
/// </summary>
public enum TallyGroup { Women, Military, Minors, ForeignOrDualNationals }
