namespace Catalogue.Data.Entities;

/// <summary>
/// Why the catalogue believes a fact: the document and character span it was read from and the rule that
/// read it, or the curator who entered it. A fact may have several sources; it lives while it has one.
/// </summary>
public class FactSource
{
    public long Id { get; set; }
    /// <summary>One of <see cref="FactKinds"/>: which table <see cref="FactId"/> points into.</summary>
    public required string FactKind { get; set; }
    public long FactId { get; set; }
    public long? DocumentId { get; set; }
    public SourceDocument? Document { get; set; }
    /// <summary>Start of the span in the document's text, in UTF-16 code units (as .NET and JavaScript index strings).</summary>
    public int? SpanStart { get; set; }
    public int? SpanLength { get; set; }
    /// <summary>The span's text, kept so provenance can be shown without loading the document.</summary>
    public string? Quote { get; set; }
    /// <summary>The extraction rule that read the fact, or "curated".</summary>
    public required string Rule { get; set; }
    /// <summary>The API key name of the curator, for curated facts.</summary>
    public string? CuratedBy { get; set; }
    /// <summary>How sure the rule is, from 0 to 1 (curated facts are 1); facts below the seeding threshold are never stored.</summary>
    public float Confidence { get; set; } = 1f;
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The names of the fact kinds; what each is and where it lives is in <see cref="FactKindRegistry"/>.</summary>
public static class FactKinds
{
    public const string FilmTitle = "film.title";
    public const string FilmYear = "film.year";
    public const string FilmSynopsis = "film.synopsis";
    public const string FilmViewCount = "film.view_count";
    public const string AlternateTitle = "film_title";
    public const string Genre = "film_genre";
    public const string Country = "film_country";
    public const string Credit = "credit";
    public const string Runtime = "runtime";
    public const string Rating = "rating";
    public const string Award = "award";
    public const string Company = "film_company";
    public const string Language = "film_language";
    public const string ExternalId = "film_external_id";
    public const string PersonAlias = "person_alias";
    public const string CompanyAlias = "company_alias";
    public const string Review = "review";
    public const string Excerpt = "review_excerpt";
}
