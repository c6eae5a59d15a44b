namespace PrisonerTracker.Domain.Privacy;

/// <summary>
/// The one small-cell rule of every public count that can be cut by place or attribute (breakdown
/// cells, a facility's counts): 1 to 4 people read "&lt;5" for anonymous readers, so that a cell never
/// points at one family. Zero stays zero (it reveals nobody), and staff see every count. Where the
/// cells of one dimension add up to a published total, <see cref="ComplementFor{T}"/> also hides the
/// next smallest cell when exactly one is hidden, or the hidden one could be worked out by subtraction.
/// </summary>
public static class SmallCells
{
    /// <summary>The smallest count shown as a number to anonymous readers.</summary>
    public const int Threshold = 5;

    /// <summary>What a hidden count reads: "&lt;5".</summary>
    public const string HiddenText = "<5";

    /// <summary>True when <paramref name="count"/> must be hidden from a reader who is not <paramref name="exact"/> (staff).</summary>
    public static bool Hides(int count, bool exact) => !exact && count is > 0 and < Threshold;

    /// <summary>
    /// The cell hidden beside a lone small cell (complementary suppression): the smallest shown cell
    /// when exactly one cell of the dimension is hidden and another exists; otherwise none.
    /// <paramref name="cells"/> come largest first, so among equal smallest cells the last is taken.
    /// </summary>
    public static T? ComplementFor<T>(IReadOnlyList<T> cells, Func<T, int> count, bool exact) where T : class
    {
        if (exact) return null;
        var hidden = cells.Count(c => Hides(count(c), exact));
        var shown = cells.Where(c => count(c) >= Threshold).ToList();
        return hidden == 1 && shown.Count > 0 ? shown[^1] : null;
    }
}
