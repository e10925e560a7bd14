using Catalogue.Api.Search;
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
    // Built once from constant fragments; the search text only ever travels as a parameter.
    private static readonly string Sql =
        $"""SELECT m.owner_id AS "FilmId", max(m.score) AS "Score" FROM ({TrigramSql.FilmTitles}) m GROUP BY m.owner_id""";

    public static IQueryable<TitleMatch> Matches(CatalogueDbContext db, string q) =>
        db.Database.SqlQueryRaw<TitleMatch>(Sql, TrigramSql.Query(q));
}
