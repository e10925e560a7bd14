using Catalogue.Api.Search;
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
    // Built once from constant fragments; the search text only ever travels as a parameter.
    private static readonly string Sql =
        $"""SELECT m.owner_id AS "PersonId", max(m.score) AS "Score" FROM ({TrigramSql.PersonNames}) m GROUP BY m.owner_id""";

    /// <summary>People whose name or an alias is close to q, with the best score among them.</summary>
    public static IQueryable<NameMatch> Matches(CatalogueDbContext db, string q) =>
        db.Database.SqlQueryRaw<NameMatch>(Sql, TrigramSql.Query(q));
}
