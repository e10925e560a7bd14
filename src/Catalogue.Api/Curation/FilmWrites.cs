using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.HotReads;
using Catalogue.Data;
using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Curation;

/// <summary>
/// How every write to an existing film runs: If-Match is required (its endpoints are marked
/// <see cref="IfMatchRequirement.RequireIfMatch"/>, which answers 428 without it); the film's row is locked for
/// the transaction, so concurrent writers queue; the film's current ETag must match (412 otherwise); the change
/// is applied, cited and fed to the change feed; and the answer carries the updated film and its new ETag.
/// The film is the unit of concurrency: writes to its titles, credits, runtimes, ratings and awards use its ETag.
/// A write that breaks a uniqueness rule (the film already has that runtime) is answered 409 by
/// <see cref="Infrastructure.ClientErrorExceptionHandler"/>; the transaction is rolled back either way.
/// </summary>
public static class FilmWrites
{
    /// <param name="change">Applies the change; returns a problem to refuse it (the transaction is rolled back) or null.</param>
    /// <param name="respond">The success answer, given the updated film (null when the change deleted it).</param>
    public static async Task<IResult> OnFilmAsync(
        HttpContext http, string idOrSlug, Func<CuratedWrite, Task<IResult?>> change, Func<CurrentFilm?, IResult> respond,
        CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<CatalogueDbContext>();
        var json = http.JsonOptions();
        if (await FilmLookup.FindIdAsync(db, idOrSlug, cancellationToken) is not { } filmId) return ApiProblems.NotFound("film", idOrSlug);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var film = await db.Films.FromSql($"SELECT * FROM films WHERE id = {filmId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        var current = film is null ? null : await CurrentFilm.LoadAsync(db, film.Id, json, cancellationToken);
        if (film is null || current is null) return ApiProblems.NotFound("film", idOrSlug);
        if (!EntityTags.MatchesStrongly(http.Request.Headers.IfMatch, current.ETag)) return CurationProblems.PreconditionFailed();

        var write = new CuratedWrite(db, film, Curator.Of(http), TimeProvider.System.GetUtcNow());
        if (await change(write) is { } refusal) return refusal;
        await write.FinishAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        http.RequestServices.GetRequiredService<HotReadCache>().Invalidate();

        var updated = write.FilmDeleted ? null : await CurrentFilm.LoadAsync(db, film.Id, json, cancellationToken);
        if (updated is not null) http.Response.Headers.ETag = updated.ETag;
        return respond(updated);
    }

    /// <summary>Creates a film (no precondition: nothing to overwrite) and answers 201 with it and its ETag.</summary>
    public static async Task<IResult> CreateFilmAsync(HttpContext http, FilmRequest request, CancellationToken cancellationToken)
    {
        var db = http.RequestServices.GetRequiredService<CatalogueDbContext>();
        var now = TimeProvider.System.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var film = new Film
        {
            Slug = await UniqueSlug.FindAsync(db.Films.Select(f => f.Slug), NameKeys.Slug(request.Title!, request.Year), cancellationToken),
            Title = request.Title!,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Films.Add(film);
        await db.SaveChangesAsync(cancellationToken);
        var write = new CuratedWrite(db, film, Curator.Of(http), now, created: true);
        await FilmFields.ApplyAsync(write, request, FilmFields.All, cancellationToken);
        await write.FinishAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        http.RequestServices.GetRequiredService<HotReadCache>().Invalidate();

        var created = (await CurrentFilm.LoadAsync(db, film.Id, http.JsonOptions(), cancellationToken))!;
        http.Response.Headers.ETag = created.ETag;
        return TypedResults.Created($"{PublicApi.Films}/{film.Slug}", created.Detail);
    }
}

/// <summary>Who is curating: the name of the API key the request was authenticated with.</summary>
public static class Curator
{
    public static string Of(HttpContext http) =>
        http.User.Identity?.Name ?? throw new InvalidOperationException("Curation endpoints must require an authenticated key.");
}
