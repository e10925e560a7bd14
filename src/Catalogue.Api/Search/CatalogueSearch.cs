using Catalogue.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Api.Search;

/// <summary>The three searches behind the search box; raw SQL, each one round trip and each on indexes.</summary>
public static class CatalogueSearch
{
    /// <summary>
    /// The excerpt search ranks at most this many candidates: a common word ("portrait") matches thousands of
    /// excerpts, and scoring them all is what made such searches slow. Candidates come in the index's (physical)
    /// order, so a query matching more than this ranks a sample of its matches, not all of them. Titles and names
    /// bound their candidates the same way (<see cref="WordSearchSql"/>).
    /// </summary>
    public const int ExcerptCandidates = 100;

    // Built once from constant fragments; the search text and limit only ever travel as parameters.
    private static readonly string FilmsSql = $"""
            SELECT f.id AS "Id", f.slug AS "Slug", f.title AS "Title", f.year AS "Year", hit.text AS "MatchedTitle", hit.score AS "Score"
            FROM ({WordSearchSql.Ranked("films", "title", "film_titles", "film_id", "title")}) hit
            JOIN films f ON f.id = hit.owner_id
            ORDER BY hit.ord
            """;

    private static readonly string PeopleSql = $"""
            SELECT p.id AS "Id", p.slug AS "Slug", p.name AS "Name", hit.text AS "MatchedName", hit.score AS "Score"
            FROM ({WordSearchSql.Ranked("people", "name", "person_aliases", "person_id", "alias")}) hit
            JOIN people p ON p.id = hit.owner_id
            ORDER BY hit.ord
            """;

    /// <summary>Best-matching films, each once, with the title (or alternate title) that matched best.</summary>
    public static Task<List<FilmHit>> FilmsAsync(CatalogueDbContext db, string q, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<FilmHit>(FilmsSql, TrigramSql.Query(q), new NpgsqlParameter("limit", limit)).ToListAsync(cancellationToken);

    /// <summary>Best-matching people, each once, with the name (or alias) that matched best.</summary>
    public static Task<List<PersonHit>> PeopleAsync(CatalogueDbContext db, string q, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<PersonHit>(PeopleSql, TrigramSql.Query(q), new NpgsqlParameter("limit", limit)).ToListAsync(cancellationToken);

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
                FROM (
                    SELECT e.id, e.review_id, e.sentiment, e.text, e.search_vector, query
                    FROM review_excerpts e, websearch_to_tsquery('english', {q.Trim()}) query
                    WHERE e.search_vector @@ query
                    LIMIT {ExcerptCandidates}
                ) e
                ORDER BY rank DESC, e.id
                LIMIT {limit}
            ) top
            JOIN reviews r ON r.id = top.review_id
            JOIN films f ON f.id = r.film_id
            ORDER BY top.rank DESC, top.id
            """).ToListAsync(cancellationToken);
}
