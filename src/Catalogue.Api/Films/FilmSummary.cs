using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Data;
using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Films;

/// <summary>A film as listed: enough to show a card and to sort or filter on.</summary>
[StoredAs(typeof(Film))]
public sealed record FilmSummary(
    long Id,
    string Slug,
    string Title,
    int? Year,
    int? PrimaryRuntimeMinutes,
    decimal? AverageRating,
    IReadOnlyList<GenreRef> Genres,
    IReadOnlyList<CountryRef> Countries);

[StoredAs(typeof(Genre))]
public sealed record GenreRef(string Slug, string Name);

[StoredAs(typeof(Country))]
public sealed record CountryRef(string Code, string Name);

public static class FilmSummaries
{
    /// <summary>Adds genres and countries to a page of films: one split query for the whole page, whatever its size.</summary>
    public static async Task<IReadOnlyList<FilmSummary>> CompleteAsync(CatalogueDbContext db, IReadOnlyList<ScoredFilm> films, CancellationToken cancellationToken)
    {
        var ids = films.Select(f => f.Id).ToList();
        var tags = await db.Films.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new
            {
                f.Id,
                Genres = f.Genres.OrderBy(g => g.Genre.Name).Select(g => new GenreRef(g.Genre.Slug, g.Genre.Name)).ToList(),
                Countries = f.Countries.OrderBy(c => c.Country.Name).Select(c => new CountryRef(c.Country.Code, c.Country.Name)).ToList(),
            })
            .AsSplitQuery()
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        return films.Select(f => new FilmSummary(
            f.Id, f.Slug, f.Title, f.Year, f.PrimaryRuntimeMinutes, f.AverageRating, tags[f.Id].Genres, tags[f.Id].Countries)).ToList();
    }
}
