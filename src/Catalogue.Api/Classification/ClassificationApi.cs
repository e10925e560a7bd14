using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Classification;

[StoredAs(typeof(Catalogue.Data.Entities.Genre))]
public sealed record GenreCount(string Slug, string Name, int FilmCount);

[StoredAs(typeof(Catalogue.Data.Entities.Country))]
public sealed record CountryCount(string Code, string Name, int FilmCount);

/// <summary>The vocabularies films are filtered by, with how many films each has: facets for a browsing UI.</summary>
public static class ClassificationApi
{
    public static IEndpointRouteBuilder MapClassificationApi(this IEndpointRouteBuilder v1)
    {
        // Vocabularies change only when the catalogue is seeded: a longer lifetime than films.
        var lifetime = TimeSpan.FromMinutes(5);

        v1.MapGet("/genres", ListGenres)
            .WithTags("Classification").CacheFor(lifetime)
            .WithName("ListGenres").WithResponseExample(new ItemList<GenreCount>([new GenreCount("war", "War", 3)]))
            .WithSummary("Genres with film counts")
            .WithDescription("Every genre, by name, with the number of films in it (possibly 0). Filter films with genre=slug or genre=name.");

        v1.MapGet("/countries", ListCountries)
            .WithTags("Classification").CacheFor(lifetime)
            .WithName("ListCountries").WithResponseExample(new ItemList<CountryCount>([new CountryCount("SY", "Syria", 3)]))
            .WithSummary("Countries with film counts")
            .WithDescription("The countries that have at least one film, by name, with the number of films. (All 249 ISO 3166-1 " +
                "countries are known and any can be used as a filter; listing the empty ones would only be noise.)");

        return v1;
    }

    private static async Task<Ok<ItemList<GenreCount>>> ListGenres(CatalogueDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ItemList<GenreCount>(await db.Genres.AsNoTracking()
            .OrderBy(g => g.Name)
            .Select(g => new GenreCount(g.Slug, g.Name, db.FilmGenres.Count(fg => fg.GenreId == g.Id)))
            .ToListAsync(cancellationToken)));

    // Counted per country on the (country_code, film_id) index; of 249 countries only those with films come back.
    private static async Task<Ok<ItemList<CountryCount>>> ListCountries(CatalogueDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ItemList<CountryCount>(await db.Countries.AsNoTracking()
            .Select(c => new { c.Code, c.Name, Films = db.FilmCountries.Count(fc => fc.CountryCode == c.Code) })
            .Where(c => c.Films > 0)
            .OrderBy(c => c.Name)
            .Select(c => new CountryCount(c.Code, c.Name, c.Films))
            .ToListAsync(cancellationToken)));
}
