using System.Linq.Expressions;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Data.Entities;

namespace Catalogue.Api.Films;

/// <summary>A film with its title-search score (0 when there is no q), the shape every list query is built on.</summary>
public sealed class FilmListRow
{
    public required Film Film { get; init; }
    public float Score { get; init; }
}

/// <summary>
/// A listed film's own columns and the score it was ranked by, so a cursor can be made from the last one. Genres and
/// countries are added per page afterwards (<see cref="FilmSummaries"/>): a collection cannot be projected through
/// the keyless title-search join.
/// </summary>
public sealed record ScoredFilm(long Id, string Slug, string Title, int? Year, int? PrimaryRuntimeMinutes, decimal? AverageRating, float Score);

/// <summary>The orderings of the film list. Each ends in the film id, so paging never skips or repeats a film.</summary>
public static class FilmSorts
{
    public const string Default = "title";
    public const string Relevance = "relevance";

    private static readonly Expression<Func<FilmListRow, long>> Id = r => r.Film.Id;

    private static readonly Expression<Func<FilmListRow, ScoredFilm>> Project = r => new ScoredFilm(
        r.Film.Id, r.Film.Slug, r.Film.Title, r.Film.Year, r.Film.PrimaryRuntimeMinutes, r.Film.AverageRating, r.Score);

    private static readonly Dictionary<string, IKeysetSort<FilmListRow, ScoredFilm>> All = new[]
    {
        Both("title", r => r.Film.Title, f => f.Title, KeyFormats.Text, nullable: false),
        Both("year", r => r.Film.Year, f => f.Year, KeyFormats.Int, nullable: true),
        Both("rating", r => r.Film.AverageRating, f => f.AverageRating, KeyFormats.Decimal, nullable: true),
        Both("runtime", r => r.Film.PrimaryRuntimeMinutes, f => f.PrimaryRuntimeMinutes, KeyFormats.Int, nullable: true),
        // Relevance reads best match first: the plain name orders by score descending.
        Both(Relevance, r => r.Score, f => f.Score, KeyFormats.Real, nullable: false, ascendingIsDescending: true),
    }.SelectMany(pair => pair).ToDictionary(sort => sort.Name);

    public static IReadOnlyCollection<string> Names => All.Keys;

    public static IKeysetSort<FilmListRow, ScoredFilm>? Find(string name) => All.GetValueOrDefault(name);

    private static IEnumerable<IKeysetSort<FilmListRow, ScoredFilm>> Both<TKey>(
        string name, Expression<Func<FilmListRow, TKey>> key, Func<ScoredFilm, TKey> keyOf, KeyFormat<TKey> format,
        bool nullable, bool ascendingIsDescending = false)
    {
        yield return new KeysetSort<FilmListRow, TKey, ScoredFilm>(
            name, key, Id, descending: ascendingIsDescending, nullable, Project, keyOf, f => f.Id, format);
        yield return new KeysetSort<FilmListRow, TKey, ScoredFilm>(
            "-" + name, key, Id, descending: !ascendingIsDescending, nullable, Project, keyOf, f => f.Id, format);
    }
}
