using System.ComponentModel;
using System.Globalization;
using Catalogue.Api.Films;
using Catalogue.Data;
using Catalogue.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Curation.Facts;

public sealed record RatingRequest(
    [property: Description("Who gave the rating, e.g. imdb, critic, user-review.")] string? Source,
    [property: Description("The rating on its own scale, 0 to scale.")] decimal? Value,
    [property: Description("The top of the source's scale, e.g. 10 or 5.")] decimal? Scale,
    [property: Description("The rating as the source wrote it; defaults to value/scale.")] string? RawValue,
    [property: Description("How many votes the rating averages, if known.")] int? VoteCount);

public sealed class RatingRequestValidator : AbstractValidator<RatingRequest>
{
    private const string SourceMessage = "source is required, at most 100 characters.";
    private const string ScaleMessage = "scale must be from 0.01 to 1000, with at most two decimals.";

    public RatingRequestValidator()
    {
        RuleFor(r => r.Source).NotEmpty().WithMessage(SourceMessage).MaximumLength(100).WithMessage(SourceMessage);
        RuleFor(r => r.Scale).NotNull().WithMessage(ScaleMessage).GreaterThanOrEqualTo(0.01m).WithMessage(ScaleMessage)
            .LessThanOrEqualTo(1000).WithMessage(ScaleMessage).PrecisionScale(7, 2, true).WithMessage(ScaleMessage);
        RuleFor(r => r.Value).NotNull().WithMessage("value is required.")
            .Must((r, value) => value is null || r.Scale is not > 0 || (value >= 0 && value <= r.Scale))
            .WithMessage(r => $"value must be within the rating's own scale: 0 to {r.Scale?.ToString(CultureInfo.InvariantCulture)}.")
            .PrecisionScale(7, 2, true).WithMessage("value may have at most two decimals.");
        RuleFor(r => r.RawValue).MaximumLength(50).WithMessage("rawValue must be at most 50 characters.");
        RuleFor(r => r.VoteCount).GreaterThanOrEqualTo(0).WithMessage("voteCount must be 0 or more.");
    }
}

public sealed class RatingCuration : FactCuration<Rating, RatingRequest>
{
    public override string Kind => FactKinds.Rating;
    public override string Segment => "ratings";
    public override string Noun => "Rating";
    public override Type EntryType => typeof(RatingEntry);

    public override long IdOf(Rating fact) => fact.Id;
    public override string KeyOf(Rating fact) => FactKeys.Rating(fact.Source, fact.RawValue);
    public override RatingRequest ToRequest(Rating fact) => new(fact.Source, fact.Value, fact.Scale, fact.RawValue, fact.VoteCount);

    public override Task<Rating?> FindAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        db.Ratings.SingleOrDefaultAsync(r => r.FilmId == filmId && r.Id == factId, cancellationToken);

    public override Rating Add(CuratedWrite write) =>
        write.Db.Ratings.Add(new Rating { FilmId = write.Film.Id, Source = "", RawValue = "" }).Entity;

    public override Task<IResult?> ApplyAsync(CuratedWrite write, Rating fact, RatingRequest request, CancellationToken cancellationToken)
    {
        // A raw value carried over unchanged while the value or scale changed no longer says what the rating is.
        var staleRaw = request.RawValue == fact.RawValue && (request.Value != fact.Value || request.Scale != fact.Scale);
        fact.Source = request.Source!.Trim();
        fact.Value = request.Value!.Value;
        fact.Scale = request.Scale!.Value;
        fact.RawValue = string.IsNullOrWhiteSpace(request.RawValue) || staleRaw
            ? $"{fact.Value.ToString("0.##", CultureInfo.InvariantCulture)}/{fact.Scale.ToString("0.##", CultureInfo.InvariantCulture)}"
            : request.RawValue.Trim();
        fact.Normalized = RatingScales.Normalize(fact.Value, fact.Scale);
        fact.VoteCount = request.VoteCount;
        return Task.FromResult<IResult?>(null);
    }

    public override void Remove(CuratedWrite write, Rating fact) => write.Db.Ratings.Remove(fact);

    public override async Task<object?> LoadEntryAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        (await FilmSubResources.RatingsAsync(db, filmId, cancellationToken)).FirstOrDefault(r => r.Id == factId);
}
