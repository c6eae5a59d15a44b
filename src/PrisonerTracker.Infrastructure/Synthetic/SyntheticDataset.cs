using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Domain.Events;
using PrisonerTracker.Domain.Facilities;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Domain.Sources;

namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>
/// A domain entity as it will be written: the entities are built (and checked) through the
/// domain API, but their ids and timestamps come from the seed so every run writes the same rows.
/// </summary>
public sealed record SyntheticRow<T>(Guid Id, T Entity, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) where T : Entity;

public sealed record SyntheticAnnouncement(SyntheticRow<Announcement> Row, IReadOnlyList<Guid> NamedDetaineeIds);

/// <summary>An event; its facility, organisation and announcement ids are already the seeded ones.</summary>
public sealed record SyntheticEvent(Guid Id, Guid DetaineeId, VerificationEvent Entity)
{
    public DateTimeOffset CreatedAt => Entity.EnteredAt;
    public DateTimeOffset UpdatedAt => Entity.ReviewedAt ?? Entity.EnteredAt;
}

public sealed record SyntheticDataset(
    SyntheticRow<Source> Source,
    IReadOnlyList<SyntheticRow<Organisation>> Organisations,
    IReadOnlyList<SyntheticRow<Facility>> Facilities,
    IReadOnlyList<SyntheticRow<Detainee>> Detainees,
    IReadOnlyList<SyntheticAnnouncement> Announcements,
    IReadOnlyList<SyntheticEvent> Events);

/// <summary>The fixed calendar of every synthetic dataset, so that the seed alone decides the data.</summary>
public static class SyntheticCalendar
{
    public static readonly DateOnly First = new(2024, 1, 1);
    public static readonly DateOnly Last = new(2026, 1, 31);

    /// <summary>The announced wave of releases starts here; many histories end with a release after it.</summary>
    public static readonly DateOnly BurstStart = new(2026, 1, 8);

    /// <summary>Nothing is entered or reviewed after this moment.</summary>
    public static readonly DateTimeOffset Cutoff = new(2026, 1, 31, 23, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(DateOnly date, int minutes) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(minutes);

    public static DateOnly Between(Random random, DateOnly from, DateOnly to) =>
        from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
}

/// <summary>Version-7-shaped ids (time-ordered, as the app's own) whose random part comes from the seed.</summary>
internal sealed class SyntheticIds(Random random)
{
    public Guid Next(DateTimeOffset time)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var milliseconds = time.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++) bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
