using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Catalogue.Api.Infrastructure.Paging;

/// <summary>
/// Keyset paging over (key, id): ordered by the key then the unique id, both the same direction, and resumed with a
/// row-value comparison <c>(key, id) &gt; (@key, @id)</c> so PostgreSQL can walk the (key, id) index.
/// </summary>
public static class Keyset
{
    public static IOrderedQueryable<T> OrderByKey<T, TKey>(
        this IQueryable<T> rows, Expression<Func<T, TKey>> key, Expression<Func<T, long>> id, bool descending) =>
        descending ? rows.OrderByDescending(key).ThenByDescending(id) : rows.OrderBy(key).ThenBy(id);

    public static IQueryable<T> After<T, TKey>(
        this IQueryable<T> rows, Expression<Func<T, TKey>> key, Expression<Func<T, long>> id, TKey lastKey, long lastId, bool descending)
    {
        var bound = new Bound<TKey>(lastKey, lastId);
        Expression<Func<TKey, long, bool>> comparison = descending
            ? (k, i) => EF.Functions.LessThan(ValueTuple.Create(k, i), ValueTuple.Create(bound.Key, bound.Id))
            : (k, i) => EF.Functions.GreaterThan(ValueTuple.Create(k, i), ValueTuple.Create(bound.Key, bound.Id));

        var row = key.Parameters[0];
        var idOnRow = ReplacingExpressionVisitor.Replace(id.Parameters[0], row, id.Body);
        var body = ReplacingExpressionVisitor.Replace(comparison.Parameters[0], key.Body, comparison.Body);
        body = ReplacingExpressionVisitor.Replace(comparison.Parameters[1], idOnRow, body);
        return rows.Where(Expression.Lambda<Func<T, bool>>(body, row));
    }

    public static IQueryable<T> WhereKeyIsNull<T, TKey>(this IQueryable<T> rows, Expression<Func<T, TKey>> key, bool isNull)
    {
        var test = isNull
            ? Expression.Equal(key.Body, Expression.Constant(null, typeof(TKey)))
            : Expression.NotEqual(key.Body, Expression.Constant(null, typeof(TKey)));
        return rows.Where(Expression.Lambda<Func<T, bool>>(test, key.Parameters));
    }

    // A captured object, so EF Core sends the bound as parameters rather than inlining constants.
    private sealed record Bound<TKey>(TKey Key, long Id);
}
