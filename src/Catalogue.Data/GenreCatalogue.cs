using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Data;

public static class GenreCatalogue
{
    /// <summary>The genre with this name's slug, from the context, the database, or added now with the name as given.</summary>
    public static async Task<Genre> FindOrAddAsync(CatalogueDbContext db, string name, CancellationToken cancellationToken)
    {
        var slug = NameKeys.Slug(name);
        return db.Genres.Local.FirstOrDefault(g => g.Slug == slug)
            ?? await db.Genres.SingleOrDefaultAsync(g => g.Slug == slug, cancellationToken)
            ?? db.Genres.Add(new Genre { Slug = slug, Name = name.Trim() }).Entity;
    }
}
