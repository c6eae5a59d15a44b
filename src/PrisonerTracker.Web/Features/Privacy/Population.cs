using PrisonerTracker.Domain.Detainees;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Privacy;

/// <summary>Whom a query covers: the one switch between named and withheld people (docs/privacy.md).</summary>
public enum Population
{
    /// <summary>People the public may see by name: every aggregate counts these only.</summary>
    Named,

    /// <summary>People withheld at their families' request: counted apart, by month end, for the public.</summary>
    Withheld,

    /// <summary>Both: lists for staff, who see withheld people by name.</summary>
    Everyone,
}

public static class PopulationFilters
{
    /// <summary>Who a list may show by name: staff see withheld people too, the public never does.</summary>
    public static Population ListedFor(Viewer viewer) => viewer.IsStaff ? Population.Everyone : Population.Named;

    /// <summary>The people of <paramref name="population"/>; deleted people are already hidden by the query filter.</summary>
    public static IQueryable<Detainee> In(this IQueryable<Detainee> people, Population population) => population switch
    {
        Population.Named => people.Where(d => !d.Withheld),
        Population.Withheld => people.Where(d => d.Withheld),
        _ => people,
    };

    /// <summary>The people a viewer may see by name.</summary>
    public static IQueryable<Detainee> VisibleTo(this IQueryable<Detainee> people, Viewer viewer) => people.In(ListedFor(viewer));
}
