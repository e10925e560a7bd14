using System.ComponentModel;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.Infrastructure.Validation;
using Catalogue.Data.Entities;
using FluentValidation;

namespace Catalogue.Api.Films;

/// <summary>The query string of <c>GET /v1/films</c>, bound as strings so every bad value is reported by name.</summary>
public sealed record FilmListQuery(
    [property: Description("Genre slug or name, e.g. `war` or `War`.")] string? Genre,
    [property: Description("ISO 3166-1 alpha-2 code or English name, e.g. `SY` or `Syria`.")] string? Country,
    [property: Description("Release year, exactly.")] string? Year,
    [property: Description("Earliest release year, inclusive.")] string? YearFrom,
    [property: Description("Latest release year, inclusive.")] string? YearTo,
    [property: Description("Minimum running time in minutes; matches if any version of the film is long enough (and, with runtimeMax, within range).")] string? RuntimeMin,
    [property: Description("Maximum running time in minutes; matches if any version of the film is short enough.")] string? RuntimeMax,
    [property: Description("Minimum average rating on the normalised 0-100 scale.")] string? MinRating,
    [property: Description("A person's numeric id or slug: films they have a credit on.")] string? Person,
    [property: Description("Credit role (director, co-director, cinematographer, producer, writer, editor, composer, subject, cast); with person, only that role.")] string? Role,
    [property: Description("Title search over titles and alternate titles, accent- and typo-tolerant (trigram similarity). At most 200 characters.")] string? Q,
    [property: Description("Batch lookup: up to 100 comma-separated film ids or slugs.")] string? Ids,
    [property: Description("title, year, rating, runtime or relevance (only with q; best match first); prefix - for descending. Default title. Films without the key come last either way.")] string? Sort,
    [property: Description("Page size, 1-100; default 20.")] string? Limit,
    [property: Description("The nextCursor of the previous page, as given.")] string? Cursor)
{
    public const int MaxIds = 100;

    public string SortName => string.IsNullOrWhiteSpace(Sort) ? FilmSorts.Default : Sort;

    /// <summary>The ids list split into numeric ids and slugs; only meaningful once validated.</summary>
    public (List<long> Ids, List<string> Slugs) SplitIds()
    {
        List<long> ids = [];
        List<string> slugs = [];
        foreach (var part in (Ids ?? "").Split(','))
        {
            var named = Infrastructure.IdOrSlug.Parse(part.Trim());
            if (named.Id is { } id) ids.Add(id); else slugs.Add(named.Slug!);
        }
        return (ids, slugs);
    }
}

public sealed class FilmListQueryValidator : AbstractValidator<FilmListQuery>
{
    public FilmListQueryValidator()
    {
        RuleFor(q => q.Year).MustBeWholeNumber(1870, 2200);
        RuleFor(q => q.YearFrom).MustBeWholeNumber(1870, 2200);
        RuleFor(q => q.YearTo).MustBeWholeNumber(1870, 2200);
        RuleFor(q => q.RuntimeMin).MustBeWholeNumber(1, 1000);
        RuleFor(q => q.RuntimeMax).MustBeWholeNumber(1, 1000);
        RuleFor(q => q.MinRating)
            .Must(v => QueryRules.IsDecimal(v) && QueryRules.Decimal(v) is null or (>= 0 and <= 100))
            .WithMessage("minRating must be a number from 0 to 100.");
        RuleFor(q => q.Role).MustBeOneOf(CreditRoles.All);
        RuleFor(q => q.Genre).MaximumLength(100);
        RuleFor(q => q.Country).MaximumLength(100);
        RuleFor(q => q.Person).MaximumLength(200);
        RuleFor(q => q.Q).MustBeSearchText();
        RuleFor(q => q.Ids)
            .Must(ids => ids is null || ids.Split(',').All(part => part.Trim().Length is > 0 and <= 200))
            .WithMessage("ids must be comma-separated ids or slugs with no empty parts.")
            .Must(ids => ids is null || ids.Split(',').Length <= FilmListQuery.MaxIds)
            .WithMessage($"ids may name at most {FilmListQuery.MaxIds} films.");
        RuleFor(q => q.Sort)
            .Must(sort => sort is null || FilmSorts.Names.Contains(sort))
            .WithMessage("sort must be one of: " + string.Join(", ", FilmSorts.Names) + ".");
        RuleFor(q => q.Sort)
            .Must((query, sort) => query.Q is not null || sort?.TrimStart('-') != FilmSorts.Relevance)
            .WithMessage("sort=relevance needs q.");
        RuleFor(q => q.Limit).MustBeLimit();
        RuleFor(q => q.Cursor)
            .Must((query, cursor) => cursor is null
                || (Cursor.TryDecode(cursor, out var decoded) && FilmSorts.Find(query.SortName) is { } sort && sort.IsValidCursor(decoded!)))
            .WithMessage("cursor is malformed or was made for a different sort; pass nextCursor back unchanged.");
        RuleFor(q => q).Must(q => QueryRules.Int(q.YearFrom) is not { } from || QueryRules.Int(q.YearTo) is not { } to || from <= to)
            .When(q => QueryRules.IsInt(q.YearFrom) && QueryRules.IsInt(q.YearTo))
            .OverridePropertyName("yearTo").WithMessage("yearTo must not be before yearFrom.");
        RuleFor(q => q).Must(q => QueryRules.Int(q.RuntimeMin) is not { } min || QueryRules.Int(q.RuntimeMax) is not { } max || min <= max)
            .When(q => QueryRules.IsInt(q.RuntimeMin) && QueryRules.IsInt(q.RuntimeMax))
            .OverridePropertyName("runtimeMax").WithMessage("runtimeMax must not be below runtimeMin.");
    }
}
