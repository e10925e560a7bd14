using Catalogue.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.People;

public sealed class NameMatch
{
    public long PersonId { get; init; }
    public float Score { get; init; }
}

public static class NameSearch
{
    /// <summary>Trigram matching on people's and aliases' search keys, as <see cref="Films.TitleSearch"/> does for titles.</summary>
    public static IQueryable<NameMatch> Matches(CatalogueDbContext db, string q)
    {
        var text = q.Trim();
        return db.Database.SqlQuery<NameMatch>($"""
            SELECT m.person_id AS "PersonId", max(m.score) AS "Score"
            FROM (
                SELECT p.id AS person_id, greatest(word_similarity(k.key, p.search_key), similarity(k.key, p.search_key)) AS score
                FROM people p, (SELECT lower(f_unaccent({text})) AS key) k
                WHERE k.key <% p.search_key OR k.key % p.search_key
                UNION ALL
                SELECT a.person_id, greatest(word_similarity(k.key, a.search_key), similarity(k.key, a.search_key))
                FROM person_aliases a, (SELECT lower(f_unaccent({text})) AS key) k
                WHERE k.key <% a.search_key OR k.key % a.search_key
            ) m
            GROUP BY m.person_id
            """);
    }
}
