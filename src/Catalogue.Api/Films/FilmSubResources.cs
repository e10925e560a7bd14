using System.ComponentModel;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.Infrastructure.Validation;
using Catalogue.Data;
using Catalogue.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Films;

[Infrastructure.OpenApi.StoredAs(typeof(Review))]
public sealed record ReviewEntry(long Id, string Kind, string? Author, string? Publication, long? DocumentId, int ExcerptCount);

[Infrastructure.OpenApi.StoredAs(typeof(ReviewExcerpt))]
[Infrastructure.OpenApi.StoredAs(typeof(Review))]
public sealed record ExcerptEntry(
    long Id, long ReviewId, int Position, string Text, string? Sentiment, string? SentimentSource,
    [property: Infrastructure.OpenApi.StoredAs(typeof(Review), nameof(Review.Kind))] string ReviewKind, string? Author, string? Publication);

public sealed record FilmDetailQuery(
    [property: Description("`provenance` adds each fact's sources: document id, quoted span, span offsets and extraction rule or curator.")]
    [property: Infrastructure.OpenApi.OneOf(typeof(FilmDetailQuery), nameof(FilmDetailQuery.Includes))] string? Include)
{
    public const string Provenance = "provenance";

    public static IReadOnlyList<string> Includes => [Provenance];

    public bool WithProvenance => Include == Provenance;
}

public sealed class FilmDetailQueryValidator : AbstractValidator<FilmDetailQuery>
{
    public FilmDetailQueryValidator() =>
        RuleFor(q => q.Include).MustBeOneOf(FilmDetailQuery.Includes);
}

public sealed record ExcerptListQuery(
    [property: Description("Only excerpts with this sentiment: very-negative, negative, neutral, positive, very-positive, or unknown (no label).")]
    [property: Infrastructure.OpenApi.OneOf(typeof(ExcerptListQuery), nameof(ExcerptListQuery.SentimentFilters))] string? Sentiment,
    [property: Description("Page size, 1-100; default 20.")] [property: Infrastructure.OpenApi.WholeNumber(1, 100)] string? Limit,
    [property: Description("The nextCursor of the previous page, as given.")] [property: Infrastructure.OpenApi.Text(Infrastructure.Paging.Cursor.MaxLength)] string? Cursor)
{
    public static IReadOnlyList<string> SentimentFilters => [.. Sentiments.All, FilmDetailLoader.Unknown];

    private PageRequest? page;

    /// <summary>The limit and cursor, parsed and decoded once for the validator and the handler.</summary>
    public PageRequest Page => page ??= new PageRequest(Limit, Cursor);
}

public sealed class ExcerptListQueryValidator : AbstractValidator<ExcerptListQuery>
{
    public ExcerptListQueryValidator()
    {
        RuleFor(q => q.Sentiment).MustBeOneOf(ExcerptListQuery.SentimentFilters);
        RuleFor(q => q.Limit).MustBeLimit(q => q.Page.Limit);
        RuleFor(q => q.Cursor)
            .Must((query, _) => query.Page.After.IsAbsentOr(FilmSubResources.ExcerptOrder.IsValidCursor))
            .WithMessage("cursor is malformed; pass nextCursor back unchanged.");
    }
}

/// <summary>The lists hanging off a film; each is one query once the film is known to exist.</summary>
public static class FilmSubResources
{
    public static readonly IKeysetSort<ReviewExcerpt, ExcerptEntry> ExcerptOrder = new KeysetSort<ReviewExcerpt, long, ExcerptEntry>(
        "id", e => e.Id, e => e.Id, descending: false, keyIsNullable: false,
        e => new ExcerptEntry(e.Id, e.ReviewId, e.Position, e.Text, e.Sentiment, e.SentimentSource, e.Review.Kind, e.Review.Author, e.Review.Publication),
        e => e.Id, e => e.Id, KeyFormats.Long);

    public static async Task<IReadOnlyList<CreditEntry>> CreditsAsync(CatalogueDbContext db, long filmId, CancellationToken cancellationToken)
    {
        var credits = await db.Credits.AsNoTracking().Where(c => c.FilmId == filmId)
            .OrderBy(c => c.BillingOrder == null).ThenBy(c => c.BillingOrder).ThenBy(c => c.Id)
            .Select(c => new CreditEntry(c.Id, c.Role, c.PersonId, c.Person.Slug, c.Person.Name, c.Description, c.BillingOrder))
            .ToListAsync(cancellationToken);
        return FilmDetailLoader.GroupByRole(credits).Values.SelectMany(c => c).ToList();
    }

    public static async Task<IReadOnlyList<RuntimeEntry>> RuntimesAsync(CatalogueDbContext db, long filmId, CancellationToken cancellationToken) =>
        PrimaryRuntime.Mark(await db.Runtimes.AsNoTracking().Where(r => r.FilmId == filmId)
            .Select(r => new RuntimeEntry(r.Id, r.Minutes, r.Version, r.Platform, false)).ToListAsync(cancellationToken));

    public static async Task<IReadOnlyList<RatingEntry>> RatingsAsync(CatalogueDbContext db, long filmId, CancellationToken cancellationToken) =>
        await db.Ratings.AsNoTracking().Where(r => r.FilmId == filmId).OrderBy(r => r.Source).ThenBy(r => r.Id)
            .Select(r => new RatingEntry(r.Id, r.Source, r.RawValue, r.Value, r.Scale, r.Normalized, r.VoteCount)).ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<AwardEntry>> AwardsAsync(CatalogueDbContext db, long filmId, CancellationToken cancellationToken) =>
        await db.Awards.AsNoTracking().Where(a => a.FilmId == filmId).OrderBy(a => a.Year).ThenBy(a => a.Event).ThenBy(a => a.Id)
            .Select(a => new AwardEntry(a.Id, a.Event, a.Category, a.Outcome, a.Year)).ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<ReviewEntry>> ReviewsAsync(CatalogueDbContext db, long filmId, CancellationToken cancellationToken) =>
        await db.Reviews.AsNoTracking().Where(r => r.FilmId == filmId).OrderBy(r => r.Id)
            .Select(r => new ReviewEntry(r.Id, r.Kind, r.Author, r.Publication, r.DocumentId, r.Excerpts.Count)).ToListAsync(cancellationToken);

    public static Task<Page<ExcerptEntry>> ExcerptsAsync(CatalogueDbContext db, long filmId, ExcerptListQuery query, CancellationToken cancellationToken)
    {
        var excerpts = db.ReviewExcerpts.AsNoTracking().Where(e => e.Review.FilmId == filmId);
        excerpts = query.Sentiment switch
        {
            null => excerpts,
            FilmDetailLoader.Unknown => excerpts.Where(e => e.Sentiment == null),
            var sentiment => excerpts.Where(e => e.Sentiment == sentiment),
        };
        return ExcerptOrder.PageAsync(excerpts, query.Page.After.Value, query.Page.PageSize, cancellationToken);
    }
}
