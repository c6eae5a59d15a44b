using System.Globalization;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>The sort orders of the detainee list, each with its keyset cursor.</summary>
public static class DetaineeSorts
{
    private static readonly Dictionary<DetaineeSort, SortSpec<DetaineeRow>> Specs = new()
    {
        [DetaineeSort.Name] = ByName(false),
        [DetaineeSort.NameDesc] = ByName(true),
        [DetaineeSort.Updated] = ByUpdated(false),
        [DetaineeSort.UpdatedDesc] = ByUpdated(true),
    };

    public static SortSpec<DetaineeRow> For(DetaineeSort? sort) => Specs[sort ?? DetaineeSort.Name];

    private static SortSpec<DetaineeRow> ByName(bool descending) => new SortSpec<DetaineeRow, string>(
        QueryNames.Of(descending ? DetaineeSort.NameDesc : DetaineeSort.Name), r => r.Name, r => r.Id, descending, k => k, k => k);

    private static SortSpec<DetaineeRow> ByUpdated(bool descending) => new SortSpec<DetaineeRow, DateTimeOffset>(
        QueryNames.Of(descending ? DetaineeSort.UpdatedDesc : DetaineeSort.Updated), r => r.UpdatedAt, r => r.Id, descending,
        k => k.ToString("O", CultureInfo.InvariantCulture),
        k => DateTimeOffset.Parse(k, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
}
