using Catalogue.Data;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Seeding.Loading;

/// <summary>A fact a document supported: which table (by kind) and which row.</summary>
public sealed record FactRef(string Kind, long Id);

/// <summary>
/// The provenance side of applying a document: cites facts (document, span, rule), withdraws a document's
/// citations, and removes the facts no source supports any more.
/// </summary>
internal sealed class FactLedger(CatalogueDbContext db, SourceDocument document, FactChanges changes, DateTimeOffset now)
{
    private readonly List<(string Kind, Func<long> Id, Evidence Evidence)> pending = [];

    /// <summary>Cites a fact whose row may not have an id yet; the citation is written by <see cref="FlushAsync"/>.</summary>
    public void Cite(string kind, Func<long> factId, Evidence evidence) => pending.Add((kind, factId, evidence));

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (pending.Count == 0) return;
        await db.SaveChangesAsync(cancellationToken);
        var citations = pending
            .Select(p => (p.Kind, Id: p.Id(), p.Evidence))
            .DistinctBy(c => (c.Kind, c.Id, c.Evidence.Start, c.Evidence.Length, c.Evidence.Rule));
        foreach (var (kind, id, evidence) in citations)
        {
            var start = Math.Clamp(evidence.Start, 0, document.Text.Length);
            var length = Math.Clamp(evidence.Length, 0, document.Text.Length - start);
            db.FactSources.Add(new FactSource
            {
                FactKind = kind,
                FactId = id,
                DocumentId = document.Id,
                SpanStart = start,
                SpanLength = length,
                Quote = document.Text.Substring(start, length),
                Rule = evidence.Rule,
                Confidence = evidence.Confidence,
                CreatedAt = now,
            });
        }
        pending.Clear();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Withdraws every citation of the document and returns the facts it had supported.</summary>
    public async Task<IReadOnlyList<FactRef>> WithdrawAsync(CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<FactRef>($"""
            DELETE FROM fact_sources WHERE document_id = {document.Id}
            RETURNING fact_kind AS "Kind", fact_id AS "Id"
            """).ToListAsync(cancellationToken);

    /// <summary>
    /// Removes the facts among <paramref name="candidates"/> that no source supports any more, then the films,
    /// people and companies left with nothing. Returns the films and people deleted.
    /// </summary>
    public async Task<Orphans> RemoveUnsupportedAsync(IReadOnlyList<FactRef> candidates, CancellationToken cancellationToken)
    {
        var byKind = candidates.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Select(c => c.Id).Distinct().ToArray());
        var creditIds = byKind.GetValueOrDefault(FactKinds.Credit) ?? [];
        var filmCompanyIds = byKind.GetValueOrDefault(FactKinds.Company) ?? [];
        var titledFilmIds = byKind.GetValueOrDefault(FactKinds.FilmTitle) ?? [];
        // Who might be left with no part in any film once these facts go: only they are checked afterwards.
        var affectedPeople = await db.Credits
            .Where(c => creditIds.Contains(c.Id) || titledFilmIds.Contains(c.FilmId))
            .Select(c => c.PersonId).Distinct().ToListAsync(cancellationToken);
        var affectedCompanies = await db.FilmCompanies
            .Where(c => filmCompanyIds.Contains(c.Id) || titledFilmIds.Contains(c.FilmId))
            .Select(c => c.CompanyId).Distinct().ToListAsync(cancellationToken);

        var emptiedFilms = new HashSet<long>();
        foreach (var (kind, column) in FactKindRegistry.FilmFields
                     .Where(k => k.WhenUnsupported == WhenUnsupported.EmptyColumn).Select(k => (k.Name, k.Column!)))
        {
            if (!byKind.TryGetValue(kind, out var filmIds)) continue;
#pragma warning disable EF1002 // column and kind are constants of the registry, never input.
            var emptied = await db.Database.SqlQueryRaw<long>(
                $"UPDATE films t SET {column} = NULL WHERE t.id = ANY(@ids) AND t.{column} IS NOT NULL AND {Unsupported(kind)} RETURNING t.id AS \"Value\"",
                new Npgsql.NpgsqlParameter("ids", filmIds)).ToListAsync(cancellationToken);
#pragma warning restore EF1002
            emptiedFilms.UnionWith(emptied);
            foreach (var _ in emptied) changes.Removed(kind);
        }

        // The registry lists rows before the rows they depend on (excerpts before their review), so counts stay per kind.
        foreach (var kind in FactKindRegistry.Rows)
        {
            if (!byKind.TryGetValue(kind.Name, out var ids)) continue;
            var removed = await ExecuteUnsupportedAsync(
                $"DELETE FROM {kind.Table} t WHERE t.id = ANY(@ids) AND {Unsupported(kind.Name)}", ids, cancellationToken);
            for (var i = 0; i < removed; i++) changes.Removed(kind.Name);
        }

        var films = await db.Films
            .Where(f => titledFilmIds.Contains(f.Id) && !db.FactSources.Any(s => s.FactKind == FactKinds.FilmTitle && s.FactId == f.Id))
            .Select(f => new FactStore.Deleted(f.Id, f.Slug))
            .ToListAsync(cancellationToken);
        await FactStore.DeleteFilmsAsync(db, films.Select(f => f.Id).ToArray(), cancellationToken);
        var people = await FactStore.DeletePeopleWithoutCreditsAsync(db, affectedPeople.ToArray(), cancellationToken);
        await FactStore.DeleteCompaniesWithoutFilmsAsync(db, affectedCompanies.ToArray(), cancellationToken);
        foreach (var _ in films) changes.Removed("film");
        foreach (var _ in people) changes.Removed("person");
        emptiedFilms.ExceptWith(films.Select(f => f.Id));
        return new Orphans(films, people, emptiedFilms);
    }

    /// <param name="EmptiedFilms">Films left with a field (year, synopsis, views) that no source supports any more.</param>
    public sealed record Orphans(IReadOnlyList<FactStore.Deleted> Films, IReadOnlyList<FactStore.Deleted> People, IReadOnlySet<long> EmptiedFilms)
    {
        /// <summary>What removing nothing leaves behind.</summary>
        public static readonly Orphans None = new([], [], new HashSet<long>());
    }

    private static string Unsupported(string kind) =>
        $"NOT EXISTS (SELECT 1 FROM fact_sources s WHERE s.fact_kind = '{kind}' AND s.fact_id = t.id)";

    private Task<int> ExecuteUnsupportedAsync(string sql, long[] ids, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(sql, [new Npgsql.NpgsqlParameter("ids", ids)], cancellationToken);
}
