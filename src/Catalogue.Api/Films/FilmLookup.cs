using Catalogue.Api.Infrastructure;
using Catalogue.Data;
using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Films;

public static class FilmLookup
{
    public static IQueryable<Film> Named(this IQueryable<Film> films, IdOrSlug name) =>
        name.Id is { } id ? films.Where(f => f.Id == id) : films.Where(f => f.Slug == name.Slug);

    /// <summary>The film's numeric id, or null when no film has that id or slug.</summary>
    public static async Task<long?> FindIdAsync(CatalogueDbContext db, string idOrSlug, CancellationToken cancellationToken) =>
        await db.Films.AsNoTracking().Named(IdOrSlug.Parse(idOrSlug)).Select(f => (long?)f.Id).FirstOrDefaultAsync(cancellationToken);
}
