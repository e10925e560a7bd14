namespace Catalogue.Api.Films;

/// <summary>A film as listed: enough to show a card and to sort or filter on.</summary>
public sealed record FilmSummary(
    long Id,
    string Slug,
    string Title,
    int? Year,
    int? PrimaryRuntimeMinutes,
    decimal? AverageRating,
    IReadOnlyList<GenreRef> Genres,
    IReadOnlyList<CountryRef> Countries);

public sealed record GenreRef(string Slug, string Name);

public sealed record CountryRef(string Code, string Name);
