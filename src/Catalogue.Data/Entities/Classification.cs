namespace Catalogue.Data.Entities;

public class Genre
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
}

public class FilmGenre
{
    public long Id { get; set; }
    public long FilmId { get; set; }
    public Film Film { get; set; } = null!;
    public int GenreId { get; set; }
    public Genre Genre { get; set; } = null!;
}

/// <summary>An ISO 3166-1 country.</summary>
public class Country
{
    /// <summary>ISO 3166-1 alpha-2 code, upper case.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
}

public class FilmCountry
{
    public long Id { get; set; }
    public long FilmId { get; set; }
    public Film Film { get; set; } = null!;
    public required string CountryCode { get; set; }
    public Country Country { get; set; } = null!;
}
