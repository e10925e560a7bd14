using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Infrastructure.Paging;

/// <summary>One way of ordering a list, able to fetch the page after a cursor made under the same ordering.</summary>
public interface IKeysetSort<TRow, TItem>
{
    /// <summary>The sort as the client writes it, e.g. <c>-year</c>; cursors carry it so they cannot cross sorts.</summary>
    string Name { get; }

    bool IsValidCursor(Cursor cursor);

    Task<Page<TItem>> PageAsync(IQueryable<TRow> rows, Cursor? after, int limit, CancellationToken cancellationToken);
}

/// <summary>
/// Orders by (key, id). A nullable key is walked in two phases, rows with a key then rows without, each ordered
/// the same way on its own index, so nulls come last in both directions and a page may straddle the two.
/// At most two round trips per page.
/// </summary>
public sealed class KeysetSort<TRow, TKey, TItem>(
    string name,
    Expression<Func<TRow, TKey>> key,
    Expression<Func<TRow, long>> id,
    bool descending,
    bool keyIsNullable,
    Expression<Func<TRow, TItem>> project,
    Func<TItem, TKey> keyOf,
    Func<TItem, long> idOf,
    KeyFormat<TKey> format) : IKeysetSort<TRow, TItem>
{
    public string Name => name;

    public bool IsValidCursor(Cursor cursor) =>
        cursor.Sort == name && (cursor.InNulls ? keyIsNullable : format.TryParse(cursor.Key!, out _));

    public async Task<Page<TItem>> PageAsync(IQueryable<TRow> rows, Cursor? after, int limit, CancellationToken cancellationToken)
    {
        var items = new List<TItem>(limit + 1);
        if (after is not { InNulls: true })
        {
            var keyed = keyIsNullable ? rows.WhereKeyIsNull(key, isNull: false) : rows;
            if (after is not null && format.TryParse(after.Key!, out var lastKey))
                keyed = keyed.After(key, id, lastKey, after.Id, descending);
            items.AddRange(await keyed.OrderByKey(key, id, descending).Select(project).Take(limit + 1).ToListAsync(cancellationToken));
        }
        if (keyIsNullable && items.Count <= limit)
        {
            var unkeyed = rows.WhereKeyIsNull(key, isNull: true);
            if (after is { InNulls: true })
                unkeyed = descending ? unkeyed.Where(Less(after.Id)) : unkeyed.Where(Greater(after.Id));
            var ordered = descending ? unkeyed.OrderByDescending(id) : unkeyed.OrderBy(id);
            items.AddRange(await ordered.Select(project).Take(limit + 1 - items.Count).ToListAsync(cancellationToken));
        }

        if (items.Count <= limit) return new Page<TItem>(items, null);
        items.RemoveAt(limit);
        var last = items[^1];
        var lastKeyValue = keyOf(last);
        var next = lastKeyValue is null
            ? new Cursor(name, null, idOf(last), InNulls: true)
            : new Cursor(name, format.Format(lastKeyValue), idOf(last), InNulls: false);
        return new Page<TItem>(items, next.Encode());
    }

    private Expression<Func<TRow, bool>> Greater(long lastId) => Compare(lastId, Expression.GreaterThan);

    private Expression<Func<TRow, bool>> Less(long lastId) => Compare(lastId, Expression.LessThan);

    private Expression<Func<TRow, bool>> Compare(long lastId, Func<Expression, Expression, BinaryExpression> op)
    {
        var bound = new { Id = lastId };
        Expression<Func<long>> boundId = () => bound.Id;
        return Expression.Lambda<Func<TRow, bool>>(op(id.Body, boundId.Body), id.Parameters);
    }
}

/// <summary>How a sort key is written into a cursor and read back; reading rejects anything a client altered badly.</summary>
public sealed record KeyFormat<TKey>(Func<TKey, string> Format, KeyFormat<TKey>.Parser TryParse)
{
    public delegate bool Parser(string text, out TKey value);
}
