using System.ComponentModel;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Data;
using Catalogue.Data.Entities;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Films;

/// <summary>The query string of <c>GET /v1/find</c>: other catalogues' ids, comma-separated, up to 100 in all.</summary>
public sealed record FindQuery(
    [property: Description("Comma-separated IMDb title ids, e.g. `tt6333072,tt0000001`.")]
    [property: Infrastructure.OpenApi.Text(FindQuery.MaxLength, Pattern = @"^\s*tt[0-9]{7,10}\s*(,\s*tt[0-9]{7,10}\s*)*$")] string? Imdb,
    [property: Description("Comma-separated Wikidata item ids, e.g. `Q30897389`.")]
    [property: Infrastructure.OpenApi.Text(FindQuery.MaxLength, Pattern = @"^\s*Q[1-9][0-9]{0,11}\s*(,\s*Q[1-9][0-9]{0,11}\s*)*$")] string? Wikidata,
    [property: Description("Comma-separated TMDB movie ids, e.g. `441709`.")]
    [property: Infrastructure.OpenApi.Text(FindQuery.MaxLength, Pattern = @"^\s*[1-9][0-9]{0,11}\s*(,\s*[1-9][0-9]{0,11}\s*)*$")] string? Tmdb)
{
    public const int MaxIds = 100;
    /// <summary>The longest list of one catalogue's ids accepted.</summary>
    public const int MaxLength = 2000;

    /// <summary>Every (source, value) asked for, in the order asked, each once.</summary>
    public IReadOnlyList<(string Source, string Value)> Wanted() =>
        new[] { (ExternalIdSources.Imdb, Imdb), (ExternalIdSources.Wikidata, Wikidata), (ExternalIdSources.Tmdb, Tmdb) }
            .SelectMany(p => Split(p.Item2).Select(value => (p.Item1, value)))
            .Distinct().ToList();

    public static IEnumerable<string> Split(string? values) => (values ?? "").Split(',').Select(v => v.Trim()).Where(v => v.Length > 0);
}

public sealed class FindQueryValidator : AbstractValidator<FindQuery>
{
    public FindQueryValidator()
    {
        RuleFor(q => q.Imdb).Must(v => Valid(ExternalIdSources.Imdb, v))
            .WithMessage($"imdb must be comma-separated ids, each {ExternalIdFormats.Describe(ExternalIdSources.Imdb)}.");
        RuleFor(q => q.Wikidata).Must(v => Valid(ExternalIdSources.Wikidata, v))
            .WithMessage($"wikidata must be comma-separated ids, each {ExternalIdFormats.Describe(ExternalIdSources.Wikidata)}.");
        RuleFor(q => q.Tmdb).Must(v => Valid(ExternalIdSources.Tmdb, v))
            .WithMessage($"tmdb must be comma-separated ids, each {ExternalIdFormats.Describe(ExternalIdSources.Tmdb)}.");
        RuleFor(q => q).Must(q => q.Imdb is not null || q.Wikidata is not null || q.Tmdb is not null)
            .OverridePropertyName("imdb").WithMessage("name at least one id: imdb, wikidata or tmdb.");
        RuleFor(q => q).Must(q => q.Wanted().Count <= FindQuery.MaxIds)
            .OverridePropertyName("imdb").WithMessage($"at most {FindQuery.MaxIds} ids in all.");
    }

    private static bool Valid(string source, string? values) =>
        values is null || (values.Length <= FindQuery.MaxLength && values.Split(',').All(v => ExternalIdFormats.IsValid(source, v.Trim())));
}

/// <summary>One id asked for and the film it names, or null when no film of the catalogue has it.</summary>
public sealed record FoundFilm(
    [property: Description("imdb, wikidata or tmdb.")] [property: Infrastructure.OpenApi.OneOf(typeof(ExternalIdSources), nameof(ExternalIdSources.All))] string Source,
    [property: Infrastructure.OpenApi.StoredAs(typeof(FilmExternalId))] string Value,
    FilmSummary? Film);

public static class FilmFinder
{
    public static async Task<Ok<ItemList<FoundFilm>>> FindAsync([AsParameters] FindQuery query, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var wanted = query.Wanted();
        var values = wanted.Select(w => w.Value).Distinct().ToList();
        var matches = (await db.FilmExternalIds.AsNoTracking().Where(e => values.Contains(e.Value))
                .Select(e => new { e.Source, e.Value, e.FilmId }).ToListAsync(cancellationToken))
            .ToDictionary(e => (e.Source, e.Value), e => e.FilmId);
        var filmIds = matches.Values.Distinct().ToList();
        var rows = await db.Films.AsNoTracking().Where(f => filmIds.Contains(f.Id))
            .Select(f => new ScoredFilm(f.Id, f.Slug, f.Title, f.Year, f.PrimaryRuntimeMinutes, f.AverageRating, 0f))
            .ToListAsync(cancellationToken);
        var summaries = (await FilmSummaries.CompleteAsync(db, rows, cancellationToken)).ToDictionary(s => s.Id);
        return TypedResults.Ok(new ItemList<FoundFilm>(wanted.Select(w => new FoundFilm(w.Source, w.Value,
            matches.TryGetValue(w, out var filmId) ? summaries[filmId] : null)).ToList()));
    }
}
