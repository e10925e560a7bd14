using System.ComponentModel;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.Infrastructure.Validation;
using Catalogue.Data.Entities;
using FluentValidation;

namespace Catalogue.Api.Films;

/// <summary>The query string of <c>GET /v1/films</c>, bound as strings so every bad value is reported by name.</summary>
public sealed record FilmListQuery(
    [property: Description("Genre slug or name, e.g. `war` or `War`.")] [property: Text(100)] string? Genre,
    [property: Description("ISO 3166-1 alpha-2 code or English name, e.g. `SY` or `Syria`.")] [property: Text(100)] string? Country,
    [property: Description("Release year, exactly.")] [property: WholeNumber(1870, 2200)] string? Year,
    [property: Description("Earliest release year, inclusive.")] [property: WholeNumber(1870, 2200)] string? YearFrom,
    [property: Description("Latest release year, inclusive.")] [property: WholeNumber(1870, 2200)] string? YearTo,
    [property: Description("Minimum running time in minutes; matches if any version of the film is long enough (and, with runtimeMax, within range).")] [property: WholeNumber(1, 1000)] string? RuntimeMin,
    [property: Description("Maximum running time in minutes; matches if any version of the film is short enough.")] [property: WholeNumber(1, 1000)] string? RuntimeMax,
    [property: Description("Minimum average rating on the normalised 0-100 scale.")] [property: DecimalNumber(0, 100)] string? MinRating,
    [property: Description("A person's numeric id or slug: films they have a credit on.")] [property: Text(200)] string? Person,
    [property: Description("Credit role (director, co-director, cinematographer, producer, writer, editor, composer, subject, cast); with person, only that role.")] [property: OneOf(typeof(CreditRoles), nameof(CreditRoles.All))] string? Role,
    [property: Description("Title search over titles and alternate titles, accent- and typo-tolerant (trigram similarity). At most 200 characters.")] [property: Text(QueryRules.MaxSearchLength)] string? Q,
    [property: Description("Batch lookup: up to 100 comma-separated film ids or slugs.")] [property: Text(20100)] string? Ids,
    [property: Description("The film with this IMDb title id, e.g. `tt6333072`. For many ids at once, see /v1/find.")] [property: Text(12, Pattern = "^tt[0-9]{7,10}$")] string? Imdb,
    [property: Description("The film with this Wikidata item id, e.g. `Q30897389`.")] [property: Text(13, Pattern = "^Q[1-9][0-9]{0,11}$")] string? Wikidata,
    [property: Description("The film with this TMDB movie id, e.g. `441709`.")] [property: Text(12, Pattern = "^[1-9][0-9]{0,11}$")] string? Tmdb,
    [property: Description("Films in this language, original or spoken: an ISO 639-1 code, e.g. `ar`.")] [property: Text(2, Pattern = "^[A-Za-z]{2}$")] string? Language,
    [property: Description("title, year, rating, runtime or relevance (only with q; best match first); prefix - for descending. Default title. Films without the key come last either way.")] [property: OneOf(typeof(FilmSorts), nameof(FilmSorts.Names))] string? Sort,
    [property: Description("Page size, 1-100; default 20.")] [property: WholeNumber(1, QueryRules.MaxLimit)] string? Limit,
    [property: Description("The nextCursor of the previous page, as given.")] [property: Text(Cursor.MaxLength)] string? Cursor)
{
    public const int MaxIds = 100;

    public string SortName => string.IsNullOrWhiteSpace(Sort) ? FilmSorts.Default : Sort;

    private FilmFilter? filter;

    /// <summary>The numbers, ids and cursor, parsed and decoded once for the validator and the handler.</summary>
    public FilmFilter Filter => filter ??= new FilmFilter(this);
}

/// <summary>The typed side of a <see cref="FilmListQuery"/>; its values are only meaningful once the query is validated.</summary>
public sealed class FilmFilter(FilmListQuery query)
{
    public Parsed<int> Year { get; } = QueryRules.ParseInt(query.Year);
    public Parsed<int> YearFrom { get; } = QueryRules.ParseInt(query.YearFrom);
    public Parsed<int> YearTo { get; } = QueryRules.ParseInt(query.YearTo);
    public Parsed<int> RuntimeMin { get; } = QueryRules.ParseInt(query.RuntimeMin);
    public Parsed<int> RuntimeMax { get; } = QueryRules.ParseInt(query.RuntimeMax);
    public Parsed<decimal> MinRating { get; } = QueryRules.ParseDecimal(query.MinRating);

    /// <summary>The ids list's parts, trimmed; null without ids.</summary>
    public IReadOnlyList<string>? IdParts { get; } = query.Ids?.Split(',').Select(part => part.Trim()).ToArray();

    public PageRequest Page { get; } = new(query.Limit, query.Cursor);

    /// <summary>The ids list split into numeric ids and slugs.</summary>
    public (List<long> Ids, List<string> Slugs) SplitIds()
    {
        List<long> ids = [];
        List<string> slugs = [];
        foreach (var part in IdParts ?? [])
        {
            var named = Infrastructure.IdOrSlug.Parse(part);
            if (named.Id is { } id) ids.Add(id); else slugs.Add(named.Slug!);
        }
        return (ids, slugs);
    }
}

public sealed class FilmListQueryValidator : AbstractValidator<FilmListQuery>
{
    public FilmListQueryValidator()
    {
        RuleFor(q => q.Year).MustBeWholeNumber(q => q.Filter.Year, 1870, 2200);
        RuleFor(q => q.YearFrom).MustBeWholeNumber(q => q.Filter.YearFrom, 1870, 2200);
        RuleFor(q => q.YearTo).MustBeWholeNumber(q => q.Filter.YearTo, 1870, 2200);
        RuleFor(q => q.RuntimeMin).MustBeWholeNumber(q => q.Filter.RuntimeMin, 1, 1000);
        RuleFor(q => q.RuntimeMax).MustBeWholeNumber(q => q.Filter.RuntimeMax, 1, 1000);
        RuleFor(q => q.MinRating)
            .Must((q, _) => q.Filter.MinRating.IsWithin(0, 100))
            .WithMessage("minRating must be a number from 0 to 100.");
        RuleFor(q => q.Role).MustBeOneOf(CreditRoles.All);
        RuleFor(q => q.Genre).MaximumLength(100);
        RuleFor(q => q.Country).MaximumLength(100);
        RuleFor(q => q.Person).MaximumLength(200);
        RuleFor(q => q.Q).MustBeSearchText();
        RuleFor(q => q.Ids)
            .Must((q, _) => q.Filter.IdParts is not { } parts || parts.All(part => part.Length is > 0 and <= 200))
            .WithMessage("ids must be comma-separated ids or slugs with no empty parts.")
            .Must((q, _) => q.Filter.IdParts is not { } parts || parts.Count <= FilmListQuery.MaxIds)
            .WithMessage($"ids may name at most {FilmListQuery.MaxIds} films.");
        RuleFor(q => q.Imdb).Must(v => v is null || ExternalIdFormats.IsValid(ExternalIdSources.Imdb, v))
            .WithMessage($"imdb must be {ExternalIdFormats.Describe(ExternalIdSources.Imdb)}.");
        RuleFor(q => q.Wikidata).Must(v => v is null || ExternalIdFormats.IsValid(ExternalIdSources.Wikidata, v))
            .WithMessage($"wikidata must be {ExternalIdFormats.Describe(ExternalIdSources.Wikidata)}.");
        RuleFor(q => q.Tmdb).Must(v => v is null || ExternalIdFormats.IsValid(ExternalIdSources.Tmdb, v))
            .WithMessage($"tmdb must be {ExternalIdFormats.Describe(ExternalIdSources.Tmdb)}.");
        RuleFor(q => q.Language).Must(v => v is null || Catalogue.Data.Iso639.Find(v) is not null)
            .WithMessage("language must be an ISO 639-1 code, e.g. en or ar.");
        RuleFor(q => q.Sort)
            .Must(sort => sort is null || FilmSorts.Names.Contains(sort))
            .WithMessage("sort must be one of: " + string.Join(", ", FilmSorts.Names) + ".");
        RuleFor(q => q.Sort)
            .Must((query, sort) => query.Q is not null || sort?.TrimStart('-') != FilmSorts.Relevance)
            .WithMessage("sort=relevance needs q.");
        RuleFor(q => q.Limit).MustBeLimit(q => q.Filter.Page.Limit);
        RuleFor(q => q.Cursor)
            .Must((query, _) => query.Filter.Page.After.IsAbsentOr(cursor => FilmSorts.Find(query.SortName) is { } sort && sort.IsValidCursor(cursor)))
            .WithMessage("cursor is malformed or was made for a different sort; pass nextCursor back unchanged.");
        RuleFor(q => q).Must(q => q.Filter.YearFrom.Value is not { } from || q.Filter.YearTo.Value is not { } to || from <= to)
            .OverridePropertyName("yearTo").WithMessage("yearTo must not be before yearFrom.");
        RuleFor(q => q).Must(q => q.Filter.RuntimeMin.Value is not { } min || q.Filter.RuntimeMax.Value is not { } max || min <= max)
            .OverridePropertyName("runtimeMax").WithMessage("runtimeMax must not be below runtimeMin.");
    }
}
