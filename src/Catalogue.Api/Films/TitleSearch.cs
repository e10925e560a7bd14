using Catalogue.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Films;

/// <summary>A film whose title or an alternate title is close to the search text, with the best score of the two.</summary>
public sealed class TitleMatch
{
    public long FilmId { get; init; }
    public float Score { get; init; }
}

public static class TitleSearch
{
    /// <summary>
    /// Trigram matching on the generated search_key columns (lower-case, accent-free). <c>q &lt;% key</c> (word
    /// similarity: q against any run of words in the title, so "aleppo" finds "Last Men in Aleppo" and "alepo" too)
    /// or <c>q % key</c> (whole-string similarity) both use the GIN trigram indexes. Raw SQL because the Npgsql
    /// trigram plugin is not among our packages; the result composes with LINQ like any queryable.
    /// </summary>
    public static IQueryable<TitleMatch> Matches(CatalogueDbContext db, string q)
    {
        var text = q.Trim();
        return db.Database.SqlQuery<TitleMatch>($"""
            SELECT m.film_id AS "FilmId", max(m.score) AS "Score"
            FROM (
                SELECT f.id AS film_id, greatest(word_similarity(k.key, f.search_key), similarity(k.key, f.search_key)) AS score
                FROM films f, (SELECT lower(f_unaccent({text})) AS key) k
                WHERE k.key <% f.search_key OR k.key % f.search_key
                UNION ALL
                SELECT t.film_id, greatest(word_similarity(k.key, t.search_key), similarity(k.key, t.search_key))
                FROM film_titles t, (SELECT lower(f_unaccent({text})) AS key) k
                WHERE k.key <% t.search_key OR k.key % t.search_key
            ) m
            GROUP BY m.film_id
            """);
    }
}
