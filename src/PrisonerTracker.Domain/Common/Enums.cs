namespace PrisonerTracker.Domain.Common;

public enum Gender { Unknown, Female, Male, Other }

/// <summary>Civilian or military (the brief: military prisoners are counted apart).</summary>
public enum ServiceBranch { Civilian, Military }

public enum FacilityKind { IntelligenceService, MilitaryCounterIntelligence, Police, Prison, MilitaryBase, Other }

public enum OrganisationKind { Government, ForeignGovernment, Ngo, Intergovernmental, Media, FamilyOrLawyer }

/// <summary>What an announcement claims happened (or will happen) to the people it counts.</summary>
public enum ClaimKind { Released, Detained, ToBeReleased }

/// <summary>How a claimed number was worded: "116", "over 400", "about 50", "60 to 70", or no number at all.</summary>
public enum NumberQualifier { None, Exact, AtLeast, AtMost, Approximately, Range }
