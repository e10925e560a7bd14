using Catalogue.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Search;

/// <summary>The three searches behind the search box; raw SQL, each one round trip and each on a GIN index.</summary>
public static class CatalogueSearch
{
    public static Task<List<FilmHit>> FilmsAsync(CatalogueDbContext db, string q, int limit, CancellationToken cancellationToken)
    {
        var text = q.Trim();
        return db.Database.SqlQuery<FilmHit>($"""
            SELECT hit."Id", hit."Slug", hit."Title", hit."Year", hit."MatchedTitle", hit."Score"
            FROM (
                SELECT DISTINCT ON (f.id) f.id AS "Id", f.slug AS "Slug", f.title AS "Title", f.year AS "Year",
                       m.title AS "MatchedTitle", m.score AS "Score"
                FROM (
                    SELECT f.id AS film_id, f.title, greatest(word_similarity(k.key, f.search_key), similarity(k.key, f.search_key)) AS score
                    FROM films f, (SELECT lower(f_unaccent({text})) AS key) k
                    WHERE k.key <% f.search_key OR k.key % f.search_key
                    UNION ALL
                    SELECT t.film_id, t.title, greatest(word_similarity(k.key, t.search_key), similarity(k.key, t.search_key))
                    FROM film_titles t, (SELECT lower(f_unaccent({text})) AS key) k
                    WHERE k.key <% t.search_key OR k.key % t.search_key
                ) m
                JOIN films f ON f.id = m.film_id
                ORDER BY f.id, m.score DESC
            ) hit
            ORDER BY hit."Score" DESC, hit."Id"
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }

    public static Task<List<PersonHit>> PeopleAsync(CatalogueDbContext db, string q, int limit, CancellationToken cancellationToken)
    {
        var text = q.Trim();
        return db.Database.SqlQuery<PersonHit>($"""
            SELECT hit."Id", hit."Slug", hit."Name", hit."MatchedName", hit."Score"
            FROM (
                SELECT DISTINCT ON (p.id) p.id AS "Id", p.slug AS "Slug", p.name AS "Name", m.name AS "MatchedName", m.score AS "Score"
                FROM (
                    SELECT p.id AS person_id, p.name, greatest(word_similarity(k.key, p.search_key), similarity(k.key, p.search_key)) AS score
                    FROM people p, (SELECT lower(f_unaccent({text})) AS key) k
                    WHERE k.key <% p.search_key OR k.key % p.search_key
                    UNION ALL
                    SELECT a.person_id, a.alias, greatest(word_similarity(k.key, a.search_key), similarity(k.key, a.search_key))
                    FROM person_aliases a, (SELECT lower(f_unaccent({text})) AS key) k
                    WHERE k.key <% a.search_key OR k.key % a.search_key
                ) m
                JOIN people p ON p.id = m.person_id
                ORDER BY p.id, m.score DESC
            ) hit
            ORDER BY hit."Score" DESC, hit."Id"
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Full-text search with PostgreSQL's web-search syntax. Ranking and limiting happen first so ts_headline (the
    /// costly part) runs only on the hits returned; the text is HTML-escaped before highlighting.
    /// </summary>
    public static Task<List<ExcerptHit>> ExcerptsAsync(CatalogueDbContext db, string q, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<ExcerptHit>($"""
            SELECT top.id AS "Id", top.review_id AS "ReviewId", r.film_id AS "FilmId", f.slug AS "FilmSlug", f.title AS "FilmTitle",
                   top.sentiment AS "Sentiment", top.rank AS "Rank",
                   ts_headline('english', replace(replace(replace(top.text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), top.query,
                               'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2') AS "Snippet"
            FROM (
                SELECT e.id, e.review_id, e.sentiment, e.text, query, ts_rank(e.search_vector, query) AS rank
                FROM review_excerpts e, websearch_to_tsquery('english', {q.Trim()}) query
                WHERE e.search_vector @@ query
                ORDER BY rank DESC, e.id
                LIMIT {limit}
            ) top
            JOIN reviews r ON r.id = top.review_id
            JOIN films f ON f.id = r.film_id
            ORDER BY top.rank DESC, top.id
            """).ToListAsync(cancellationToken);
}
