using System.Text.Json;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Validation;
using Catalogue.Data;
using FluentValidation;

namespace Catalogue.Api.Curation;

/// <summary>
/// What differs between the kinds of fact a curator edits on a film (titles, credits, runtimes, ratings, awards);
/// <see cref="FactCurationEndpoints"/> gives every kind the same create, read, replace, patch and delete.
/// </summary>
public abstract class FactCuration<TEntity, TRequest> where TEntity : class where TRequest : class
{
    /// <summary>The fact kind in provenance (<see cref="Catalogue.Data.Entities.FactKinds"/>).</summary>
    public abstract string Kind { get; }
    /// <summary>The path segment under a film, e.g. <c>runtimes</c>.</summary>
    public abstract string Segment { get; }
    /// <summary>The singular noun for operation names and messages, e.g. <c>Runtime</c>.</summary>
    public abstract string Noun { get; }
    /// <summary>The read API's type for one fact of this kind (e.g. RuntimeEntry), for the document.</summary>
    public abstract Type EntryType { get; }

    public abstract long IdOf(TEntity fact);
    /// <summary>The fact's natural key: what makes a document's statement the same fact.</summary>
    public abstract string KeyOf(TEntity fact);
    /// <summary>The keys to suppress when a curator removes or changes the fact, so no document brings it back.</summary>
    public virtual IEnumerable<string> SuppressionKeysOf(TEntity fact) => [KeyOf(fact)];
    /// <summary>Settles a merged request whose patch changed one member that others depend on.</summary>
    public virtual TRequest AfterMerge(TEntity fact, TRequest merged, JsonElement patch) => merged;
    public abstract TRequest ToRequest(TEntity fact);
    public abstract Task<TEntity?> FindAsync(CatalogueDbContext db, long filmId, [FactId] long factId, CancellationToken cancellationToken);
    /// <summary>A new fact of this kind on the write's film, added to the context.</summary>
    public abstract TEntity Add(CuratedWrite write);
    /// <summary>Sets the fact from the request; returns a problem to refuse the write.</summary>
    public abstract Task<IResult?> ApplyAsync(CuratedWrite write, TEntity fact, TRequest request, CancellationToken cancellationToken);
    public abstract void Remove(CuratedWrite write, TEntity fact);
    /// <summary>The fact as the read API shows it.</summary>
    public abstract Task<object?> LoadEntryAsync(CatalogueDbContext db, long filmId, [FactId] long factId, CancellationToken cancellationToken);
}

public static class FactCurationEndpoints
{
    public static void MapFactCuration<TEntity, TRequest>(
        this IEndpointRouteBuilder publicFilm, IEndpointRouteBuilder curatedFilm, FactCuration<TEntity, TRequest> curation)
        where TEntity : class where TRequest : class
    {
        var segment = curation.Segment;
        var noun = curation.Noun;
        var lower = noun.ToLowerInvariant();
        var aLower = ("aeiou".Contains(lower[0]) ? "an " : "a ") + lower;

        publicFilm.MapGet($"/{segment}/{{factId:long}}", async ([FilmId] string id, [FactId] long factId, CatalogueDbContext db, CancellationToken cancellationToken) =>
                await FilmLookup.FindIdAsync(db, id, cancellationToken) is { } filmId
                && await curation.LoadEntryAsync(db, filmId, factId, cancellationToken) is { } entry
                    ? Results.Ok(entry)
                    : ApiProblems.NotFound(lower, $"{id}/{segment}/{factId}"))
            .WithName($"GetFilm{noun}").WithSummary($"One {lower} of a film")
            .WithDescription($"The {lower} with this id, as the film's {segment} list shows it.")
            .Produces(StatusCodes.Status200OK, curation.EntryType);

        curatedFilm.MapPost($"/{segment}", async ([FilmId] string id, TRequest request, HttpContext http, CancellationToken cancellationToken) =>
            {
                TEntity? created = null;
                return await FilmWrites.OnFilmAsync(http, id, async write =>
                {
                    created = curation.Add(write);
                    var refusal = await curation.ApplyAsync(write, created, request, cancellationToken);
                    write.Cite(curation.Kind, () => curation.IdOf(created));
                    return refusal;
                }, film => TypedResults.Created($"{PublicApi.Films}/{film!.Detail.Slug}/{segment}/{curation.IdOf(created!)}", film.Detail), cancellationToken);
            })
            .WithName($"AddFilm{noun}").WithSummary($"Add {aLower} to a film")
            .WithDescription($"Adds a curated {lower}. Needs If-Match with the film's ETag; answers 201 with the updated film, its new ETag, and the new {lower}'s URL in Location.")
            .Produces<FilmDetail>(StatusCodes.Status201Created);

        curatedFilm.MapPut($"/{segment}/{{factId:long}}", ([FilmId] string id, [FactId] long factId, TRequest request, HttpContext http, CancellationToken cancellationToken) =>
                ReplaceAsync(curation, http, id, factId, _ => Task.FromResult<(TRequest?, IResult?)>((request, null)), cancellationToken))
            .WithName($"ReplaceFilm{noun}").WithSummary($"Replace a film's {lower}")
            .WithDescription($"Replaces every field of the {lower}; the value it replaces is not re-extracted by later seeding. Needs If-Match with the film's ETag.")
            .Produces<FilmDetail>();

        curatedFilm.MapPatch($"/{segment}/{{factId:long}}", ([FilmId] string id, [FactId] long factId, JsonElement patch, HttpContext http, CancellationToken cancellationToken) =>
                ReplaceAsync(curation, http, id, factId,
                    fact => Merge(http, curation.ToRequest(fact), patch, cancellationToken, merged => curation.AfterMerge(fact, merged, patch)),
                    cancellationToken))
            .WithName($"PatchFilm{noun}").WithSummary($"Change some fields of a film's {lower}")
            .WithDescription($"A JSON merge patch (RFC 7396) of the {lower}: members present replace the current ones. Needs If-Match with the film's ETag.")
            .Accepts<TRequest>("application/merge-patch+json", "application/json")
            .Produces<FilmDetail>();

        curatedFilm.MapDelete($"/{segment}/{{factId:long}}", ([FilmId] string id, [FactId] long factId, HttpContext http, CancellationToken cancellationToken) =>
                FilmWrites.OnFilmAsync(http, id, async write =>
                {
                    if (await curation.FindAsync(write.Db, write.Film.Id, factId, cancellationToken) is not { } fact)
                        return ApiProblems.NotFound(lower, $"{id}/{segment}/{factId}");
                    await write.DropAllCitationsAsync(curation.Kind, factId, cancellationToken);
                    foreach (var key in curation.SuppressionKeysOf(fact)) await write.SuppressAsync(curation.Kind, key, cancellationToken);
                    curation.Remove(write, fact);
                    return null;
                }, film => TypedResults.Ok(film!.Detail), cancellationToken))
            .WithName($"DeleteFilm{noun}").WithSummary($"Delete a film's {lower}")
            .WithDescription($"Deletes the {lower}; later seeding does not bring it back. Needs If-Match with the film's ETag; answers with the updated film.")
            .Produces<FilmDetail>();
    }

    private static Task<IResult> ReplaceAsync<TEntity, TRequest>(
        FactCuration<TEntity, TRequest> curation, HttpContext http, string id, [FactId] long factId,
        Func<TEntity, Task<(TRequest? Request, IResult? Problem)>> request, CancellationToken cancellationToken)
        where TEntity : class where TRequest : class =>
        FilmWrites.OnFilmAsync(http, id, async write =>
        {
            if (await curation.FindAsync(write.Db, write.Film.Id, factId, cancellationToken) is not { } fact)
                return ApiProblems.NotFound(curation.Noun.ToLowerInvariant(), $"{id}/{curation.Segment}/{factId}");
            var (replacement, problem) = await request(fact);
            if (problem is not null) return problem;
            var previousKey = curation.KeyOf(fact);
            var previousKeys = curation.SuppressionKeysOf(fact).ToList();
            var refusal = await curation.ApplyAsync(write, fact, replacement!, cancellationToken);
            if (refusal is not null) return refusal;
            if (curation.KeyOf(fact) != previousKey)
            {
                // The documents said the old value: they no longer support this fact, and must not bring the old value back.
                await write.DropDocumentCitationsAsync(curation.Kind, factId, cancellationToken);
                foreach (var key in previousKeys) await write.SuppressAsync(curation.Kind, key, cancellationToken);
            }
            write.Cite(curation.Kind, () => factId);
            return null;
        }, film => TypedResults.Ok(film!.Detail), cancellationToken);

    /// <summary>Applies a merge patch to the current request and validates the result as a whole.</summary>
    public static async Task<(T? Request, IResult? Problem)> Merge<T>(
        HttpContext http, T current, JsonElement patch, CancellationToken cancellationToken, Func<T, T>? settle = null)
    {
        if (!JsonMergePatch.TryApply(current, patch, http.JsonOptions(), out var merged, out var error))
            return (default, RequestValidation.Problem([new FluentValidation.Results.ValidationFailure("body", error)]));
        if (settle is not null) merged = settle(merged!);
        var validator = http.RequestServices.GetService<IValidator<T>>();
        var result = validator is null ? null : await validator.ValidateAsync(merged!, cancellationToken);
        return result is { IsValid: false } ? (default, RequestValidation.Problem(result.Errors)) : (merged, null);
    }
}

/// <summary>The fact path segment: its numeric id, as the film's lists and its Location header give it.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FactIdAttribute() : System.ComponentModel.DescriptionAttribute("The fact's numeric id, from the film's lists or the Location of the write that created it."),
    Infrastructure.OpenApi.IWholeNumberBounds
{
    public long Minimum => 1;
    public long Maximum => long.MaxValue;
}
