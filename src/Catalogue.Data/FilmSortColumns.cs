using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Data;

/// <summary>
/// Keeps the films' denormalised sort columns in step with their runtimes and ratings. Every writer of
/// runtimes or ratings calls this in the same transaction.
/// </summary>
public static class FilmSortColumns
{
    /// <summary>
    /// The primary runtime is the first version present in <see cref="RuntimeVersions.All"/> order (theatrical,
    /// festival, broadcast, streaming, listing, then anything else), the lowest id among equals. The average
    /// rating is the mean of the film's normalised (0-100) ratings.
    /// </summary>
    /// <param name="updatedAt">Also stamps the films as updated at this time, in the same statement.</param>
    public static Task RefreshAsync(
        CatalogueDbContext db, IReadOnlyCollection<long> filmIds, CancellationToken cancellationToken, DateTimeOffset? updatedAt = null)
    {
        if (filmIds.Count == 0) return Task.CompletedTask;
        var versionOrder = RuntimeVersions.All.ToArray();
        var ids = filmIds.ToArray();
        return db.Database.ExecuteSqlAsync($"""
            UPDATE films f SET
                primary_runtime_minutes = (
                    SELECT r.minutes FROM runtimes r WHERE r.film_id = f.id
                    ORDER BY array_position({versionOrder}, r.version::text) NULLS LAST, r.id LIMIT 1),
                average_rating = (SELECT round(avg(r.normalized), 2) FROM ratings r WHERE r.film_id = f.id),
                updated_at = coalesce({updatedAt}, f.updated_at)
            WHERE f.id = ANY({ids})
            """, cancellationToken);
    }
}
