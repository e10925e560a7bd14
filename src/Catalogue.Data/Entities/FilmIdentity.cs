namespace Catalogue.Data.Entities;

/// <summary>A language of the film, by ISO 639-1 code; <see cref="IsOriginal"/> marks the language it was made in.</summary>
public class FilmLanguage
{
    public long Id { get; set; }
    public long FilmId { get; set; }
    public Film Film { get; set; } = null!;
    /// <summary>ISO 639-1 code, lower case ("en", "ar").</summary>
    public required string LanguageCode { get; set; }
    public bool IsOriginal { get; set; }
}

/// <summary>The film's id in another catalogue, so partners can join on it.</summary>
public class FilmExternalId
{
    public long Id { get; set; }
    public long FilmId { get; set; }
    public Film Film { get; set; } = null!;
    /// <summary>One of <see cref="ExternalIdSources"/>.</summary>
    public required string Source { get; set; }
    /// <summary>As that catalogue writes it: <c>tt1234567</c>, <c>Q12345</c>, <c>12345</c>.</summary>
    public required string Value { get; set; }
}

public static class ExternalIdSources
{
    public const string Imdb = "imdb";
    public const string Wikidata = "wikidata";
    public const string Tmdb = "tmdb";

    public static readonly IReadOnlyList<string> All = [Imdb, Wikidata, Tmdb];
}
