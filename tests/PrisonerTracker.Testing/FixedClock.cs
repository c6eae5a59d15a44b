namespace PrisonerTracker.Testing;

/// <summary>A clock the tests set: the seeds' story is replayed on its own dates.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public static FixedClock On(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => Now;
}
