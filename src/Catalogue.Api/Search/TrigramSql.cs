using Catalogue.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Api.Search;

/// <summary>
/// The SQL of accent-, case- and typo-tolerant matching against the generated search_key columns (lower-case,
/// accent-free, each with a GIN trigram index). A row matches when q is word-similar to a run of words in it
/// (<c>q &lt;% key</c>: "alepo" finds "Last Men in Aleppo") or similar to it as a whole (<c>key % q</c>: q longer
/// than the title). Each test is its own UNION ALL branch: PostgreSQL cannot use the index for an OR of the two.
/// Raw SQL because the Npgsql trigram plugin is not among our packages; results compose with LINQ.
/// </summary>
public static class TrigramSql
{
    private const string Key = "lower(f_unaccent(@search_text))";

    /// <summary>Rows (owner_id, text, score) of <paramref name="table"/> matching @search_text; an owner may appear more than once.</summary>
    /// <param name="limitEach">At most this many rows per branch, taken as the index finds them (not the best ones); null: all.</param>
    public static string Candidates(string table, string ownerColumn, string textColumn, int? limitEach = null)
    {
        var select = $"SELECT {ownerColumn} AS owner_id, {textColumn} AS text, " +
            $"greatest(word_similarity({Key}, search_key), similarity({Key}, search_key)) AS score FROM {table}";
        var limit = limitEach is { } n ? $" LIMIT {n}" : "";
        return $"({select} WHERE {Key} <% search_key{limit}) UNION ALL ({select} WHERE search_key % {Key}{limit})";
    }

    /// <summary>Film titles and alternate titles, as (owner_id = film id, text = the title that matched, score).</summary>
    public static readonly string FilmTitles = FilmTitlesLimited(null);

    /// <summary>People's names and aliases, as (owner_id = person id, text = the name that matched, score).</summary>
    public static readonly string PersonNames = PersonNamesLimited(null);

    public static string FilmTitlesLimited(int? limitEach) =>
        $"{Candidates("films", "id", "title", limitEach)} UNION ALL {Candidates("film_titles", "film_id", "title", limitEach)}";

    public static string PersonNamesLimited(int? limitEach) =>
        $"{Candidates("people", "id", "name", limitEach)} UNION ALL {Candidates("person_aliases", "person_id", "alias", limitEach)}";

    public static NpgsqlParameter Query(string q) => new("search_text", q.Trim());
}

/// <summary>An owner (film or person) whose text or one of its alternatives is close to the search text, with its best score.</summary>
public sealed class TrigramMatch
{
    public long OwnerId { get; init; }
    public float Score { get; init; }
}

public static class TrigramSearch
{
    // Built once from constant fragments; the search text only ever travels as a parameter.
    private static readonly string FilmTitlesSql = Best(TrigramSql.FilmTitles);
    private static readonly string PersonNamesSql = Best(TrigramSql.PersonNames);

    /// <summary>Films whose title or an alternate title is close to q.</summary>
    public static IQueryable<TrigramMatch> FilmTitles(CatalogueDbContext db, string q) =>
        db.Database.SqlQueryRaw<TrigramMatch>(FilmTitlesSql, TrigramSql.Query(q));

    /// <summary>People whose name or an alias is close to q.</summary>
    public static IQueryable<TrigramMatch> PersonNames(CatalogueDbContext db, string q) =>
        db.Database.SqlQueryRaw<TrigramMatch>(PersonNamesSql, TrigramSql.Query(q));

    private static string Best(string candidates) =>
        $"""SELECT m.owner_id AS "OwnerId", max(m.score) AS "Score" FROM ({candidates}) m GROUP BY m.owner_id""";
}
