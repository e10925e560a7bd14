using System.Linq.Expressions;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Data.Entities;

namespace Catalogue.Api.Films;

/// <summary>A film with its title-search score (0 when there is no q), the shape every list query is built on.</summary>
public sealed class FilmRow
{
    public required Film Film { get; init; }
    public float Score { get; init; }
}

/// <summary>A listed film and the score it was ranked by, so a relevance cursor can be made from the last one.</summary>
public sealed record ScoredFilm(FilmSummary Film, float Score);

/// <summary>The orderings of the film list. Each ends in the film id, so paging never skips or repeats a film.</summary>
public static class FilmSorts
{
    public const string Default = "title";
    public const string Relevance = "relevance";

    private static readonly Expression<Func<FilmRow, long>> Id = r => r.Film.Id;

    private static readonly Expression<Func<FilmRow, ScoredFilm>> Project = r => new ScoredFilm(
        new FilmSummary(
            r.Film.Id,
            r.Film.Slug,
            r.Film.Title,
            r.Film.Year,
            r.Film.PrimaryRuntimeMinutes,
            r.Film.AverageRating,
            r.Film.Genres.OrderBy(g => g.Genre.Name).Select(g => new GenreRef(g.Genre.Slug, g.Genre.Name)).ToList(),
            r.Film.Countries.OrderBy(c => c.Country.Name).Select(c => new CountryRef(c.Country.Code, c.Country.Name)).ToList()),
        r.Score);

    private static readonly Dictionary<string, IKeysetSort<FilmRow, ScoredFilm>> All = new[]
    {
        Both("title", r => r.Film.Title, f => f.Film.Title, KeyFormats.Text, nullable: false),
        Both("year", r => r.Film.Year, f => f.Film.Year, KeyFormats.Int, nullable: true),
        Both("rating", r => r.Film.AverageRating, f => f.Film.AverageRating, KeyFormats.Decimal, nullable: true),
        Both("runtime", r => r.Film.PrimaryRuntimeMinutes, f => f.Film.PrimaryRuntimeMinutes, KeyFormats.Int, nullable: true),
        // Relevance reads best match first: the plain name orders by score descending.
        Both(Relevance, r => r.Score, f => f.Score, KeyFormats.Real, nullable: false, ascendingIsDescending: true),
    }.SelectMany(pair => pair).ToDictionary(sort => sort.Name);

    public static IReadOnlyCollection<string> Names => All.Keys;

    public static IKeysetSort<FilmRow, ScoredFilm>? Find(string name) => All.GetValueOrDefault(name);

    private static IEnumerable<IKeysetSort<FilmRow, ScoredFilm>> Both<TKey>(
        string name, Expression<Func<FilmRow, TKey>> key, Func<ScoredFilm, TKey> keyOf, KeyFormat<TKey> format,
        bool nullable, bool ascendingIsDescending = false)
    {
        yield return new KeysetSort<FilmRow, TKey, ScoredFilm>(
            name, key, Id, descending: ascendingIsDescending, nullable, Project, keyOf, f => f.Film.Id, format);
        yield return new KeysetSort<FilmRow, TKey, ScoredFilm>(
            "-" + name, key, Id, descending: !ascendingIsDescending, nullable, Project, keyOf, f => f.Film.Id, format);
    }
}
