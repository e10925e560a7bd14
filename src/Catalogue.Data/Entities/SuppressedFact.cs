namespace Catalogue.Data.Entities;

/// <summary>
/// A fact a curator deleted. Re-seeding reads the same words again, so the loader checks here and does not
/// bring the fact back. A deleted film is suppressed with no film id and its title and year as the key.
/// </summary>
public class SuppressedFact
{
    public long Id { get; set; }
    public long? FilmId { get; set; }
    /// <summary>One of <see cref="FactKinds"/>, or "film" for a whole film.</summary>
    public required string FactKind { get; set; }
    /// <summary>The fact's natural key, from <see cref="FactKeys"/>.</summary>
    public required string FactKey { get; set; }
    public required string CuratedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Natural keys of facts: what makes two statements the same fact, whoever made them.</summary>
public static class FactKeys
{
    public const string FilmKind = "film";

    public static string Film(string title, int? year) => $"{NameKeys.Key(title)}|{year}";
    public static string AlternateTitle(string title) => NameKeys.Key(title);
    public static string Genre(string name) => NameKeys.Slug(name);
    public static string Country(string code) => code.ToUpperInvariant();
    public static string Runtime(int minutes, string version, string? platform) => $"{minutes}|{version}|{platform}";
    public static string Rating(string source, string rawValue) => $"{source}|{rawValue}";
    public static string Award(string @event, string category, string outcome) => $"{@event}|{category}|{outcome}";
    public static string Credit(string personName, string role) => $"{NameKeys.Key(personName)}|{role}";
    public static string Company(string companyName, string role) => $"{NameKeys.Key(companyName)}|{role}";
    public static string Language(string code) => code.ToLowerInvariant();
    public static string ExternalId(string source, string value) => $"{source}|{value}";
}
