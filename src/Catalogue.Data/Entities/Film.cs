namespace Catalogue.Data.Entities;

public class Film
{
    public long Id { get; set; }
    /// <summary>Stable public id, e.g. <c>last-men-in-aleppo-2017</c>.</summary>
    public required string Slug { get; set; }
    public required string Title { get; set; }
    /// <summary>Lower-case, accent-free title maintained by PostgreSQL for trigram search.</summary>
    public string SearchKey { get; private set; } = "";
    public int? Year { get; set; }
    public string? Synopsis { get; set; }
    public long? ViewCount { get; set; }
    /// <summary>Denormalised from <see cref="Runtimes"/> by the primary-runtime rule so sorting can use an index.</summary>
    public int? PrimaryRuntimeMinutes { get; set; }
    /// <summary>
    /// The shortest and longest of the film's runtimes, maintained by PostgreSQL (triggers on runtimes and films).
    /// They are the last columns of the runtime sort's index, so a runtime filter walking that index skips the films
    /// that cannot match inside the index, before it reads a row or probes the runtimes.
    /// </summary>
    public int? ShortestRuntimeMinutes { get; private set; }
    /// <inheritdoc cref="ShortestRuntimeMinutes"/>
    public int? LongestRuntimeMinutes { get; private set; }
    /// <summary>Mean of the film's normalised ratings (0-100), denormalised for sorting and filtering.</summary>
    public decimal? AverageRating { get; set; }
    /// <summary>
    /// The slugs and lower-case names of the film's genres, maintained by PostgreSQL (triggers on film_genres and
    /// genres) so a genre filter is one GIN-indexed test on the film's row.
    /// </summary>
    public string[] GenreKeys { get; private set; } = [];
    /// <summary>The codes and lower-case names of the film's countries, maintained like <see cref="GenreKeys"/>.</summary>
    public string[] CountryKeys { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<FilmTitle> Titles { get; set; } = [];
    public List<Credit> Credits { get; set; } = [];
    public List<Runtime> Runtimes { get; set; } = [];
    public List<FilmGenre> Genres { get; set; } = [];
    public List<FilmCountry> Countries { get; set; } = [];
    public List<Rating> Ratings { get; set; } = [];
    public List<Award> Awards { get; set; } = [];
    public List<FilmCompany> Companies { get; set; } = [];
    public List<FilmLanguage> Languages { get; set; } = [];
    public List<FilmExternalId> ExternalIds { get; set; } = [];
    public List<Review> Reviews { get; set; } = [];
}
