using Catalogue.Data.Entities;

namespace Catalogue.Data;

public static class PersonCatalogue
{
    /// <summary>A new person added to the context, with the first free slug their name gives.</summary>
    public static async Task<Person> AddAsync(CatalogueDbContext db, string name, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.People.Add(new Person
        {
            Slug = await UniqueSlug.FindAsync(db.People.Select(p => p.Slug), NameKeys.Slug(name), cancellationToken),
            Name = name,
            CreatedAt = now,
            UpdatedAt = now,
        }).Entity;
}
