using Catalogue.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Films;

/// <summary>The provenance rows of a set of facts, fetched in one query and looked up by (fact kind, fact id).</summary>
public sealed class FactSources(ILookup<(string Kind, long Id), FactSourceEntry> sources)
{
    public IReadOnlyList<FactSourceEntry> For(string kind, long id) => sources[(kind, id)].ToList();

    public static async Task<FactSources> LoadAsync(CatalogueDbContext db, IEnumerable<(string Kind, long Id)> facts, CancellationToken cancellationToken)
    {
        var wanted = facts.ToHashSet();
        var kinds = wanted.Select(f => f.Kind).Distinct().ToList();
        var ids = wanted.Select(f => f.Id).Distinct().ToList();
        // Ids of different kinds can coincide, so the query over-fetches a little and the exact pairs are kept here.
        var rows = await db.FactSources.AsNoTracking()
            .Where(s => kinds.Contains(s.FactKind) && ids.Contains(s.FactId))
            .OrderBy(s => s.Id)
            .Select(s => new { s.FactKind, s.FactId, Entry = new FactSourceEntry(s.DocumentId, s.Quote, s.SpanStart, s.SpanLength, s.Rule, s.CuratedBy, s.Confidence) })
            .ToListAsync(cancellationToken);
        return new FactSources(rows.Where(r => wanted.Contains((r.FactKind, r.FactId))).ToLookup(r => (r.FactKind, r.FactId), r => r.Entry));
    }
}

public static class FactEntryExtensions
{
    public static T WithSources<T>(this T entry, FactSources? sources, string kind, long id) where T : FactEntry =>
        sources is null ? entry : entry with { Sources = sources.For(kind, id) };
}
