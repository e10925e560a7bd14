using Catalogue.Data.Entities;

namespace Catalogue.Data;

/// <summary>How a citation's <c>fact_id</c> finds its fact.</summary>
public enum CitedBy
{
    /// <summary>The film's id: the fact is a column of the film's own row.</summary>
    FilmRow,
    /// <summary>The id of the fact's own row in <see cref="FactKind.Table"/>.</summary>
    OwnRow,
}

/// <summary>What happens to a fact when its last source is withdrawn.</summary>
public enum WhenUnsupported
{
    /// <summary>The film itself goes (its title is what makes it a film).</summary>
    DeleteFilm,
    /// <summary>The film keeps its row; the column is emptied.</summary>
    EmptyColumn,
    DeleteRow,
}

/// <param name="Name">The kind as provenance and suppressions store it (<see cref="FactKinds"/>).</param>
/// <param name="Table">Where the fact lives.</param>
/// <param name="Column">For kinds cited by the film row: the film's column that holds the fact.</param>
/// <param name="FilmScope">
/// An SQL condition on <see cref="Table"/> choosing the rows of the films in <c>@ids</c>, so deleting films can
/// delete their citations; null for rows that belong to a person or company rather than a film.
/// </param>
/// <param name="NaturalKey">
/// The columns that make two statements the same fact (the loader's find-or-add and a curator's suppression
/// compare these, through <see cref="FactKeys"/>).
/// </param>
public sealed record FactKind(
    string Name, string Table, string? Column, string? FilmScope, CitedBy CitedBy, WhenUnsupported WhenUnsupported,
    IReadOnlyList<string> NaturalKey);

/// <summary>
/// Every kind of fact the catalogue cites, in one place: the loader's clean-up, deleting films and the read
/// side's provenance are driven from here instead of each keeping its own list.
/// </summary>
public static class FactKindRegistry
{
    private const string OfFilms = "film_id = ANY(@ids)";

    /// <summary>
    /// In dependency order for deletion: a row is listed before the rows it depends on (excerpts before their review),
    /// so removing unsupported facts in this order never leaves a cascade to count a fact twice.
    /// </summary>
    public static readonly IReadOnlyList<FactKind> All =
    [
        Film(FactKinds.FilmTitle, "title", WhenUnsupported.DeleteFilm),
        Film(FactKinds.FilmYear, "year", WhenUnsupported.EmptyColumn),
        Film(FactKinds.FilmSynopsis, "synopsis", WhenUnsupported.EmptyColumn),
        Film(FactKinds.FilmViewCount, "view_count", WhenUnsupported.EmptyColumn),
        Row(FactKinds.Excerpt, "review_excerpts", "review_id IN (SELECT id FROM reviews WHERE film_id = ANY(@ids))", "review_id", "position"),
        Row(FactKinds.AlternateTitle, "film_titles", OfFilms, "film_id", "title"),
        Row(FactKinds.Genre, "film_genres", OfFilms, "film_id", "genre_id"),
        Row(FactKinds.Country, "film_countries", OfFilms, "film_id", "country_code"),
        Row(FactKinds.Credit, "credits", OfFilms, "film_id", "person_id", "role"),
        Row(FactKinds.Runtime, "runtimes", OfFilms, "film_id", "minutes", "version", "platform"),
        Row(FactKinds.Rating, "ratings", OfFilms, "film_id", "source", "raw_value"),
        Row(FactKinds.Award, "awards", OfFilms, "film_id", "event", "category", "outcome"),
        Row(FactKinds.Company, "film_companies", OfFilms, "film_id", "company_id", "role"),
        Row(FactKinds.Language, "film_languages", OfFilms, "film_id", "language_code"),
        Row(FactKinds.ExternalId, "film_external_ids", OfFilms, "film_id", "source"),
        Row(FactKinds.PersonAlias, "person_aliases", null, "person_id", "alias"),
        Row(FactKinds.CompanyAlias, "company_aliases", null, "company_id", "alias"),
        Row(FactKinds.Review, "reviews", OfFilms, "film_id", "document_id"),
    ];

    private static readonly IReadOnlyDictionary<string, FactKind> ByName = All.ToDictionary(k => k.Name);

    /// <summary>The kinds held in the film's own row, cited by the film's id.</summary>
    public static readonly IReadOnlyList<FactKind> FilmFields = All.Where(k => k.CitedBy == CitedBy.FilmRow).ToList();

    /// <summary>The names of <see cref="FilmFields"/>, for queries.</summary>
    public static readonly string[] FilmFieldNames = FilmFields.Select(k => k.Name).ToArray();

    /// <summary>The kinds held in rows of their own, cited by the row's id.</summary>
    public static readonly IReadOnlyList<FactKind> Rows = All.Where(k => k.CitedBy == CitedBy.OwnRow).ToList();

    public static FactKind Get(string name) =>
        ByName.TryGetValue(name, out var kind) ? kind : throw new ArgumentException($"'{name}' is not a registered fact kind.", nameof(name));

    public static bool IsRegistered(string name) => ByName.ContainsKey(name);

    private static FactKind Film(string name, string column, WhenUnsupported whenUnsupported) =>
        new(name, "films", column, "id = ANY(@ids)", CitedBy.FilmRow, whenUnsupported, ["id"]);

    private static FactKind Row(string name, string table, string? filmScope, params string[] naturalKey) =>
        new(name, table, null, filmScope, CitedBy.OwnRow, WhenUnsupported.DeleteRow, naturalKey);
}
