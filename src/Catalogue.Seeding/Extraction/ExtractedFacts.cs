namespace Catalogue.Seeding.Extraction;

/// <summary>Where in the document's text a fact was read, and by which rule.</summary>
/// <param name="Start">Offset in the document text, in UTF-16 code units.</param>
/// <param name="Length">Length of the span, in UTF-16 code units.</param>
/// <param name="Rule">A stable rule name, e.g. <c>listing.field.runtime</c>.</param>
public sealed record Evidence(int Start, int Length, string Rule)
{
    public int End => Start + Length;

    /// <summary>How sure the reading is, from 0 to 1: the rule's own confidence, adjusted by what surrounds the span.</summary>
    public float Confidence { get; init; } = 1f;
}

/// <summary>A value read from a document, with the evidence for it.</summary>
public sealed record Sourced<T>(T Value, Evidence Evidence);

/// <summary>Everything one document says, grouped by the film it says it about.</summary>
/// <param name="Shape">One of <see cref="DocumentKinds"/>: what kind of page it reads as.</param>
public sealed record ExtractedDocument(string Shape, IReadOnlyList<FilmFacts> Films)
{
    /// <summary>Why the document yields no film, when it yields none.</summary>
    public string? Rejection { get; init; }
}

/// <summary>The facts about one film. Names are as written in the document; the loader resolves them.</summary>
public sealed class FilmFacts
{
    public required Sourced<string> Title { get; init; }
    public Sourced<int>? Year { get; set; }
    public Sourced<string>? Synopsis { get; set; }
    public Sourced<long>? ViewCount { get; set; }
    public List<AlternateTitleFact> AlternateTitles { get; } = [];
    public List<Sourced<string>> Genres { get; } = [];
    /// <summary>ISO 3166-1 alpha-2 codes.</summary>
    public List<Sourced<string>> Countries { get; } = [];
    public List<CreditFact> Credits { get; } = [];
    public List<RuntimeFact> Runtimes { get; } = [];
    public List<RatingFact> Ratings { get; } = [];
    public List<AwardFact> Awards { get; } = [];
    public List<CompanyFact> Companies { get; } = [];
    public List<LanguageFact> Languages { get; } = [];
    public List<ExternalIdFact> ExternalIds { get; } = [];
    public ReviewFact? Review { get; set; }
}

public sealed record AlternateTitleFact(string Title, string Kind, Evidence Evidence);

/// <summary>A person's part in the film.</summary>
/// <param name="Name">The fullest form of the name the document gives.</param>
/// <param name="Aliases">Other forms the same document uses for the same person (first name only, a variant spelling), each with its evidence.</param>
public sealed record CreditFact(
    string Name,
    string Role,
    string? Description,
    int? BillingOrder,
    Evidence Evidence,
    IReadOnlyList<Sourced<string>> Aliases);

public sealed record RuntimeFact(int Minutes, string Version, string? Platform, Evidence Evidence);

/// <param name="Source">Who gave the rating: imdb, user-review, critic, or the site's name.</param>
/// <param name="Scale">The top of the scale (10, 5, 100...).</param>
public sealed record RatingFact(string Source, string RawValue, decimal Value, decimal Scale, int? VoteCount, Evidence Evidence);

public sealed record AwardFact(string Event, string Category, string Outcome, int? Year, Evidence Evidence);

/// <param name="Code">ISO 639-1, lower case.</param>
/// <param name="IsOriginal">The language the film was made in, as opposed to subtitles or dubbing.</param>
public sealed record LanguageFact(string Code, bool IsOriginal, Evidence Evidence);

/// <param name="Source">One of Catalogue.Data.Entities.ExternalIdSources.</param>
public sealed record ExternalIdFact(string Source, string Value, Evidence Evidence);

public sealed record CompanyFact(string Name, string Role, IReadOnlyList<Sourced<string>> Aliases, Evidence Evidence);

/// <param name="Kind">user, critic or article.</param>
public sealed record ReviewFact(string Kind, string? Author, string? Publication, IReadOnlyList<ExcerptFact> Excerpts);

/// <param name="Sentiment">One of Catalogue.Data.Entities.Sentiments, or null.</param>
/// <param name="SentimentSource">"document" when labelled in the source, else the name of the method that computed it.</param>
public sealed record ExcerptFact(int Position, string Text, string? Sentiment, string? SentimentSource, Evidence Evidence);

/// <summary>Turns one document's text into facts. Implementations must not know about particular files.</summary>
public interface IDocumentExtractor
{
    /// <summary>Changes whenever what the extractor yields changes, so stored results are read again.</summary>
    string ExtractorVersion { get; }

    ExtractedDocument Extract(string text);
}
