using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Domain.Tests.Support;

/// <summary>Detainees and event details for the aggregate tests.</summary>
internal static class People
{
    public const string Clerk = "clerk@example.org";
    public const string Reviewer = "reviewer@example.org";

    public static Detainee Someone() => new(new PersonalDetails("Ana Pérez"));

    public static EventDetails On(DateOnly date, Confidence confidence = Confidence.Verified, string? conditions = null, Guid? facility = null) =>
        new(date, confidence, Clerk, facility, Conditions: conditions);

    /// <summary>A person with one pending arrest on <paramref name="date"/>.</summary>
    public static Detainee ArrestedOn(DateOnly date)
    {
        var person = Someone();
        person.RecordArrest(On(date), Clock.Now);
        return person;
    }

    /// <summary>A person arrested on <paramref name="arrest"/> and fully released on <paramref name="release"/> (both pending).</summary>
    public static Detainee ReleasedOn(DateOnly arrest, DateOnly release)
    {
        var person = ArrestedOn(arrest);
        person.RecordRelease(On(release), Clock.Now.AddMinutes(1));
        return person;
    }

    public static VerificationEvent Approve(this Detainee person, VerificationEvent recorded)
    {
        person.ReviewEvent(recorded.Id, Reviewer, approve: true, Clock.Now.AddHours(1));
        return recorded;
    }

    public static VerificationEvent Reject(this Detainee person, VerificationEvent recorded)
    {
        person.ReviewEvent(recorded.Id, Reviewer, approve: false, Clock.Now.AddHours(1));
        return recorded;
    }
}
