using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// One sort order of a collection: a key and the id as tie-breaker, both compared in SQL, so
/// that a cursor ("after this key and id") is stable while rows are inserted between pages.
/// </summary>
public abstract class SortSpec<T>
{
    /// <summary>The <c>sort</c> value as written in the query (<c>name</c>, <c>-updated</c>).</summary>
    public abstract string Name { get; }

    public abstract IOrderedQueryable<T> Order(IQueryable<T> rows);
    public abstract IQueryable<T> After(IQueryable<T> rows, Cursor cursor);
    public abstract Cursor CursorAfter(T row);
    public abstract bool CanRead(Cursor cursor);
}

public sealed class SortSpec<T, TKey>(
    string name, Expression<Func<T, TKey>> key, Expression<Func<T, Guid>> id, bool descending,
    Func<TKey, string> format, Func<string, TKey> parse) : SortSpec<T>
{
    private readonly Func<T, TKey> _key = key.Compile();
    private readonly Func<T, Guid> _id = id.Compile();

    public override string Name => name;

    public override IOrderedQueryable<T> Order(IQueryable<T> rows) => descending
        ? rows.OrderByDescending(key).ThenByDescending(id)
        : rows.OrderBy(key).ThenBy(id);

    public override IQueryable<T> After(IQueryable<T> rows, Cursor cursor)
    {
        // key > k OR (key = k AND id > i), reversed for a descending sort; values go in as parameters.
        var row = key.Parameters[0];
        var keyBody = key.Body;
        var idBody = new Rebind(id.Parameters[0], row).Visit(id.Body);
        var keyValue = Parameter(parse(cursor.Key));
        var idValue = Parameter(cursor.Id);
        var zero = Expression.Constant(0);
        var keyCompare = typeof(TKey) == typeof(string)
            ? Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, keyBody, keyValue)
            : Expression.Call(keyBody, typeof(TKey).GetMethod(nameof(IComparable<TKey>.CompareTo), [typeof(TKey)])!, keyValue);
        var idCompare = Expression.Call(idBody, typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, idValue);
        Expression Beyond(Expression compare) => descending ? Expression.LessThan(compare, zero) : Expression.GreaterThan(compare, zero);
        var predicate = Expression.OrElse(Beyond(keyCompare), Expression.AndAlso(Expression.Equal(keyCompare, zero), Beyond(idCompare)));
        return rows.Where(Expression.Lambda<Func<T, bool>>(predicate, row));
    }

    public override Cursor CursorAfter(T row) => new(name, format(_key(row)), _id(row));

    public override bool CanRead(Cursor cursor)
    {
        if (cursor.Sort != name) return false;
        try { parse(cursor.Key); return true; }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException) { return false; }
    }

    private static MemberExpression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    private sealed record Box<TValue>(TValue Value);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>A validated <c>limit</c> and <c>cursor</c>.</summary>
public sealed record PageInput(int Limit, Cursor? After)
{
    /// <summary>Checks limit (1–500, no silent clamp) and that the cursor was issued for this sort.</summary>
    public static PageInput? TryCreate<T>(int? limit, string? cursor, SortSpec<T> sort, IDictionary<string, string[]> errors)
    {
        var size = limit ?? Paging.DefaultLimit;
        if (size is < 1 or > Paging.MaxLimit)
            errors["limit"] = [$"'limit' must be between 1 and {Paging.MaxLimit}."];
        if (!Cursor.TryDecode(cursor, out var after))
            errors["cursor"] = ["'cursor' is not a cursor issued by this API."];
        else if (after is not null && !sort.CanRead(after))
            errors["cursor"] = ["'cursor' was issued for another sort order; use it with the same 'sort'."];
        return errors.Count == 0 ? new PageInput(size, after) : null;
    }
}

public static class Keyset
{
    /// <summary>One page of <paramref name="rows"/> in the sort order, with the next cursor and (optionally) the filter's total.</summary>
    public static async Task<(IReadOnlyList<T> Rows, string? NextCursor, int? Total)> PageAsync<T>(
        IQueryable<T> rows, SortSpec<T> sort, PageInput page, bool countTotal, CancellationToken ct)
    {
        int? total = countTotal ? await rows.CountAsync(ct) : null;
        var seek = page.After is null ? rows : sort.After(rows, page.After);
        var found = await sort.Order(seek).Take(page.Limit + 1).ToListAsync(ct);
        var more = found.Count > page.Limit;
        if (more) found.RemoveAt(found.Count - 1);
        return (found, more ? sort.CursorAfter(found[^1]).Encode() : null, total);
    }

    /// <summary>Every row of the filter, fetched in keyset chunks (CSV exports: all pages, not one).</summary>
    public static async IAsyncEnumerable<IReadOnlyList<T>> ChunksAsync<T>(IQueryable<T> rows, SortSpec<T> sort,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct, int chunk = 500)
    {
        var page = new PageInput(chunk, null);
        while (true)
        {
            var (found, next, _) = await PageAsync(rows, sort, page, countTotal: false, ct);
            if (found.Count > 0) yield return found;
            if (next is null) yield break;
            page = page with { After = sort.CursorAfter(found[^1]) };
        }
    }
}
