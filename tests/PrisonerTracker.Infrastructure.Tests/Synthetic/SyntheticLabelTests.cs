using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure.Synthetic;
using PrisonerTracker.Infrastructure.Tests.Support;

namespace PrisonerTracker.Infrastructure.Tests.Synthetic;

/// <summary>Nobody can mistake a synthetic record for a real one, whichever table it is read from.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SyntheticLabelTests(DatabaseFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => SmallSyntheticDataset.GenerateAsync(fixture);
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EveryEventAndAnnouncementCitesOnlyTheSyntheticSource()
    {
        await using var db = fixture.CreateContext();

        var source = Assert.Single(await db.Sources.ToListAsync());
        Assert.Equal("SYNTHETIC DATA — generated, not real people", source.DocumentName);
        Assert.All(await db.Events.Include(e => e.Sources).ToListAsync(), e => Assert.Equal(source.Id, Assert.Single(e.Sources).Id));
        Assert.All(await db.Announcements.Include(a => a.Sources).ToListAsync(), a => Assert.Equal(source.Id, Assert.Single(a.Sources).Id));
    }

    [Fact]
    public async Task FacilitiesOrganisationsAndSpeakersAreNamedSynthetic()
    {
        await using var db = fixture.CreateContext();

        Assert.All(await db.Facilities.Select(f => f.Name).ToListAsync(), name => Assert.StartsWith("Synthetic ", name));
        Assert.All(await db.Organisations.Select(o => o.Name).ToListAsync(), name => Assert.StartsWith("Synthetic ", name));
        Assert.Contains(await db.Organisations.Select(o => o.Name).ToListAsync(), name => name == "Synthetic data generator");
        Assert.All(await db.Announcements.Select(a => a.Speaker + " / " + a.Scope).ToListAsync(), text =>
        {
            Assert.StartsWith("Synthetic ", text);
            Assert.EndsWith("(synthetic)", text);
        });
    }

    [Fact]
    public async Task PeopleHavePlausibleNamesButSyntheticOccupationsRegionsAndStaff()
    {
        await using var db = fixture.CreateContext();
        var people = await db.Detainees.ToListAsync();
        var events = await db.Events.ToListAsync();

        Assert.All(people, p => Assert.DoesNotContain("ynthetic", p.Name));
        Assert.Contains(people, p => p.Name != NameSearch.Fold(p.Name) && char.IsUpper(p.Name[0]));
        Assert.All(people, p => Assert.EndsWith(SyntheticVocabulary.Suffix, p.Occupation));
        Assert.All(people, p => Assert.EndsWith(SyntheticVocabulary.Suffix, p.Region));
        Assert.All(events, e => Assert.StartsWith("synthetic-editor-", e.EnteredBy));
        Assert.All(events.Where(e => e.ReviewedBy is not null), e => Assert.StartsWith("synthetic-reviewer-", e.ReviewedBy));
    }

    [Fact]
    public async Task RestrictedFieldsHoldOnlyObviouslyFakeValues()
    {
        await using var db = fixture.CreateContext();
        var restricted = (await db.Detainees.ToListAsync()).Select(d => d.Restricted).Where(r => r.NationalId is not null).ToList();

        Assert.NotEmpty(restricted);
        Assert.All(restricted, r =>
        {
            Assert.StartsWith("SYN-", r.NationalId);
            Assert.EndsWith("@example.invalid", r.FamilyContact);
            Assert.StartsWith("Synthetic ", r.HealthNotes);
            Assert.StartsWith("Synthetic ", r.PrivateNotes);
        });
    }
}
