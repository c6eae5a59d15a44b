using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Organisations;
using static PrisonerTracker.Infrastructure.Synthetic.SyntheticCalendar;
using static PrisonerTracker.Infrastructure.Synthetic.SyntheticVocabulary;

namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>
/// Claimed numbers from synthetic officials, NGOs and media, a fifth of them in the release
/// wave. Built before the histories so an official's claimed release can cite the claim.
/// </summary>
internal sealed class SyntheticAnnouncements(Random random, SyntheticIds ids, SyntheticCatalog catalog)
{
    private static readonly string[] Scopes =
        ["political prisoners", "persons deprived of liberty for political reasons", "foreign nationals", "military detainees"];

    private readonly List<SyntheticRow<Announcement>> _rows = [];
    private (DateOnly Date, Guid Id)[] _officialReleases = [];

    public void Create(int count)
    {
        for (var i = 0; i < count; i++) _rows.Add(Next());
        _officialReleases = [.. _rows
            .Where(r => r.Entity.Claim == ClaimKind.Released && catalog.Government.Any(g => g.Id == r.Entity.OrganisationId))
            .Select(r => (r.Entity.Date, r.Id))
            .OrderBy(r => r.Date).ThenBy(r => r.Id)];
    }

    /// <summary>The latest official claim of releases on or before the date, if any.</summary>
    public Guid? OfficialClaimOn(DateOnly date)
    {
        var index = Array.FindLastIndex(_officialReleases, r => r.Date <= date);
        return index < 0 ? null : _officialReleases[index].Id;
    }

    /// <summary>A fifth of the announcements name a few of the people they count.</summary>
    public IReadOnlyList<SyntheticAnnouncement> Name(IReadOnlyList<Guid> detainees) => [.. _rows.Select(row =>
        new SyntheticAnnouncement(row, Roll(20)
            ? [.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => detainees[random.Next(detainees.Count)]).Distinct()]
            : []))];

    private SyntheticRow<Announcement> Next()
    {
        var date = Roll(20) ? Between(random, BurstStart, Last) : Between(random, First, BurstStart.AddDays(-1));
        var roll = random.Next(100);
        var (organisation, claim) = roll switch
        {
            < 50 => (Pick(catalog.Government), Roll(70) ? ClaimKind.Released : ClaimKind.ToBeReleased),
            < 85 => (Pick(catalog.Verifiers), Roll(50) ? ClaimKind.Released : ClaimKind.Detained),
            < 95 => (Pick(catalog.Reporters), Roll(50) ? ClaimKind.Released : ClaimKind.Detained),
            _ => (catalog.Foreign, ClaimKind.Released),
        };
        var role = organisation.Entity.Kind.DefaultRole();
        var announcement = new Announcement($"{Prefix} spokesperson {random.Next(1, 41):00}", organisation.Id, role, date, claim, Number(),
            Labelled(Pick(Scopes)), Last);
        if (Roll(50))
            announcement.Revise(announcement.Speaker, $"{Prefix} ministry {random.Next(1, 9)}", organisation.Id, role, date, claim,
                announcement.Number, announcement.Scope, Last);
        if (Roll(30)) announcement.SetWindow(date.AddDays(-random.Next(7, 91)), date);
        if (Roll(40))
        {
            var figure = announcement.Number.Low?.ToString() ?? "muchos";
            announcement.SetQuote($"Cifra sintética de prueba: {figure} (datos sintéticos).", "es",
                $"Synthetic test figure: {figure} (synthetic data).");
        }
        announcement.CiteSource(catalog.Source.Entity);
        var created = At(date, 18 * 60);
        return new(ids.Next(created), announcement, created, created);
    }

    private ClaimedNumber Number()
    {
        var qualifier = (NumberQualifier)random.Next(Enum.GetValues<NumberQualifier>().Length);
        if (qualifier == NumberQualifier.None) return ClaimedNumber.None;
        var low = random.Next(1, 1001);
        return ClaimedNumber.Create(qualifier, low, qualifier == NumberQualifier.Range ? low + random.Next(1, 101) : null);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private bool Roll(int percent) => random.Next(100) < percent;
}
