using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Data;

/// <summary>
/// Removing facts with their provenance. Citations point at fact rows by (kind, id) without a foreign key, so
/// whoever deletes rows (the seeding job's clean-up, a curator) deletes their citations through here.
/// </summary>
public static class FactStore
{
    public sealed record Deleted(long Id, string Slug);

    /// <summary>Deletes films; their rows go by cascade, and the citations of every one of their facts with them.</summary>
    public static async Task DeleteFilmsAsync(CatalogueDbContext db, long[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 0) return;
        foreach (var kind in FactKindRegistry.Rows.Where(k => k.FilmScope is not null))
        {
#pragma warning disable EF1002 // the kind's name, table and scope are constants of the registry, never input.
            await db.Database.ExecuteSqlRawAsync(
                $"DELETE FROM fact_sources s WHERE s.fact_kind = '{kind.Name}' AND s.fact_id IN (SELECT id FROM {kind.Table} WHERE {kind.FilmScope})",
                [new Npgsql.NpgsqlParameter("ids", ids)], cancellationToken);
#pragma warning restore EF1002
        }
        var filmFields = FactKindRegistry.FilmFieldNames;
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM fact_sources s WHERE s.fact_kind = ANY({filmFields}) AND s.fact_id = ANY({ids})", cancellationToken);
        await db.Films.Where(f => ids.Contains(f.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Deletes those of <paramref name="personIds"/> left without a credit, with their aliases' citations.</summary>
    public static async Task<IReadOnlyList<Deleted>> DeletePeopleWithoutCreditsAsync(
        CatalogueDbContext db, long[] personIds, CancellationToken cancellationToken)
    {
        if (personIds.Length == 0) return [];
        var doomed = await db.People
            .Where(p => personIds.Contains(p.Id) && !p.Credits.Any())
            .Select(p => new Deleted(p.Id, p.Slug))
            .ToListAsync(cancellationToken);
        if (doomed.Count == 0) return doomed;
        var ids = doomed.Select(d => d.Id).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM fact_sources s WHERE s.fact_kind = {FactKinds.PersonAlias}
              AND s.fact_id IN (SELECT id FROM person_aliases WHERE person_id = ANY({ids}))
            """, cancellationToken);
        await db.People.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        return doomed;
    }

    /// <summary>Deletes those of <paramref name="companyIds"/> no film refers to any more, with their aliases' citations.</summary>
    public static async Task DeleteCompaniesWithoutFilmsAsync(CatalogueDbContext db, long[] companyIds, CancellationToken cancellationToken)
    {
        if (companyIds.Length == 0) return;
        var ids = await db.Companies
            .Where(c => companyIds.Contains(c.Id) && !db.FilmCompanies.Any(fc => fc.CompanyId == c.Id))
            .Select(c => c.Id).ToArrayAsync(cancellationToken);
        if (ids.Length == 0) return;
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM fact_sources s WHERE s.fact_kind = {FactKinds.CompanyAlias}
              AND s.fact_id IN (SELECT id FROM company_aliases WHERE company_id = ANY({ids}))
            """, cancellationToken);
        await db.Companies.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
