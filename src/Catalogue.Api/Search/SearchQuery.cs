using System.ComponentModel;
using Catalogue.Api.Infrastructure.Validation;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Data.Entities;
using FluentValidation;

namespace Catalogue.Api.Search;

public sealed record SearchQuery(
    [property: Description("What to look for: film titles and people's names by trigram similarity (typos and accents forgiven), " +
        "review excerpts by full-text search (web-search syntax: \"quoted phrase\", or, -exclude). 1-200 characters.")]
    [property: Infrastructure.OpenApi.Text(QueryRules.MaxSearchLength)] string? Q,
    [property: Description("Hits per section (films, people, excerpts), 1-50; default 10.")] [property: Infrastructure.OpenApi.WholeNumber(1, 50)] string? Limit)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
    public const string QRequired = "q is required.";

    private Parsed<int>? parsedLimit;

    /// <summary>The limit, parsed once for the validator and the handler.</summary>
    public Parsed<int> ParsedLimit => parsedLimit ??= QueryRules.ParseInt(Limit);

    public int HitsPerSection => ParsedLimit.Value ?? DefaultLimit;
}

public sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public SearchQueryValidator()
    {
        RuleFor(q => q.Q).NotNull().WithMessage(SearchQuery.QRequired).MustBeSearchText();
        RuleFor(q => q.Limit).MustBeWholeNumber(q => q.ParsedLimit, 1, SearchQuery.MaxLimit);
    }
}

/// <summary>Search hits in three sections, each ranked on its own: trigram and full-text scores are not comparable.</summary>
public sealed record SearchResults(
    [property: Text(QueryRules.MaxSearchLength)] string Query,
    [property: System.ComponentModel.DataAnnotations.MaxLength(SearchQuery.MaxLimit)] IReadOnlyList<FilmHit> Films,
    [property: System.ComponentModel.DataAnnotations.MaxLength(SearchQuery.MaxLimit)] IReadOnlyList<PersonHit> People,
    [property: System.ComponentModel.DataAnnotations.MaxLength(SearchQuery.MaxLimit)] IReadOnlyList<ExcerptHit> Excerpts);

/// <summary>A film whose title or an alternate title matched; matchedTitle is the one that matched best.</summary>
[StoredAs(typeof(Film))]
public sealed record FilmHit(long Id, string Slug, string Title, int? Year, [property: StoredAs(typeof(FilmTitle), nameof(FilmTitle.Title))] string MatchedTitle, float Score);

[StoredAs(typeof(Person))]
public sealed record PersonHit(long Id, string Slug, string Name, [property: StoredAs(typeof(PersonAlias), nameof(PersonAlias.Alias))] string MatchedName, float Score);

/// <summary>
/// A review excerpt matching the words of q. snippet is HTML-safe: the text is escaped and matched words are
/// wrapped in &lt;mark&gt;…&lt;/mark&gt;.
/// </summary>
[StoredAs(typeof(ReviewExcerpt))]
public sealed record ExcerptHit(
    long Id, long ReviewId, long FilmId, [property: StoredAs(typeof(Film), nameof(Film.Slug))] string FilmSlug,
    [property: StoredAs(typeof(Film), nameof(Film.Title))] string FilmTitle, string? Sentiment, string Snippet, float Rank);
