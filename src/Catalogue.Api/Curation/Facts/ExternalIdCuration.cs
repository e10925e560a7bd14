using System.ComponentModel;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure;
using Catalogue.Data;
using Catalogue.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Curation.Facts;

public sealed record ExternalIdRequest(
    [property: Description("imdb, wikidata or tmdb.")] [property: Infrastructure.OpenApi.OneOf(typeof(ExternalIdSources), nameof(ExternalIdSources.All))] string? Source,
    [property: Description("The id as that catalogue writes it: `tt6333072`, `Q30897389`, `441709`.")]
    [property: Infrastructure.OpenApi.Text(13, Pattern = "^(tt[0-9]{7,10}|Q[1-9][0-9]{0,11}|[1-9][0-9]{0,11})$")] string? Value);

public sealed class ExternalIdRequestValidator : AbstractValidator<ExternalIdRequest>
{
    public ExternalIdRequestValidator()
    {
        // NotNull first (and alone when it fails), so both members are documented as required.
        var sourceMessage = $"source must be one of: {string.Join(", ", ExternalIdSources.All)}.";
        RuleFor(e => e.Source).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(sourceMessage)
            .Must(s => ExternalIdSources.All.Contains(s!)).WithMessage(sourceMessage);
        // A value's format depends on its source: checked only once the source is known.
        RuleFor(e => e.Value).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(e => IsSource(e.Source) ? $"value must be {ExternalIdFormats.Describe(e.Source!)}." : "value is required.")
            .Must((e, v) => ExternalIdFormats.IsValid(e.Source!, v!)).When(e => IsSource(e.Source), ApplyConditionTo.CurrentValidator)
            .WithMessage(e => $"value must be {ExternalIdFormats.Describe(e.Source!)}.");
    }

    private static bool IsSource(string? source) => source is not null && ExternalIdSources.All.Contains(source);
}

/// <summary>A film's id in another catalogue: at most one per catalogue, and one catalogue id names one film.</summary>
public sealed class ExternalIdCuration : FactCuration<FilmExternalId, ExternalIdRequest>
{
    public override string Kind => FactKinds.ExternalId;
    public override string Segment => "external-ids";
    public override string Noun => "ExternalId";
    public override Type EntryType => typeof(ExternalIdEntry);

    public override long IdOf(FilmExternalId fact) => fact.Id;
    public override string KeyOf(FilmExternalId fact) => FactKeys.ExternalId(fact.Source, fact.Value);
    public override ExternalIdRequest ToRequest(FilmExternalId fact) => new(fact.Source, fact.Value);

    public override Task<FilmExternalId?> FindAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        db.FilmExternalIds.SingleOrDefaultAsync(e => e.FilmId == filmId && e.Id == factId, cancellationToken);

    public override FilmExternalId Add(CuratedWrite write) =>
        write.Db.FilmExternalIds.Add(new FilmExternalId { FilmId = write.Film.Id, Source = "", Value = "" }).Entity;

    public override async Task<IResult?> ApplyAsync(CuratedWrite write, FilmExternalId fact, ExternalIdRequest request, CancellationToken cancellationToken)
    {
        var source = request.Source!;
        var value = request.Value!;
        var others = write.Db.FilmExternalIds.AsNoTracking().Where(e => e.Id != fact.Id);
        if (await others.AnyAsync(e => e.FilmId == write.Film.Id && e.Source == source, cancellationToken))
            return ApiProblems.Conflict($"The film already has a {source} id: replace or delete that one instead.");
        if (await others.Where(e => e.Source == source && e.Value == value).Select(e => e.Film.Slug).FirstOrDefaultAsync(cancellationToken) is { } slug)
            return ApiProblems.Conflict($"{source} id {value} already names the film '{slug}'.");
        fact.Source = source;
        fact.Value = value;
        return null;
    }

    public override void Remove(CuratedWrite write, FilmExternalId fact) => write.Db.FilmExternalIds.Remove(fact);

    public override async Task<object?> LoadEntryAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        await db.FilmExternalIds.AsNoTracking().SingleOrDefaultAsync(e => e.FilmId == filmId && e.Id == factId, cancellationToken) is { } id
            ? FilmIdentities.ToEntry(id)
            : null;
}
