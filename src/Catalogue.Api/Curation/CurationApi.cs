using System.Text.Json;
using Catalogue.Api.Curation.Facts;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Access;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Curation;

/// <summary>
/// Curators correct what extraction got wrong. Curated facts take precedence over extracted ones: re-seeding never
/// changes a field a curator set, never removes a fact a curator stated, and never brings back a fact a curator
/// deleted or replaced.
/// </summary>
public static class CurationApi
{
    /// <summary>
    /// Fits the largest valid write with room to spare: a film whose 20,000-character synopsis is sent with every
    /// character escaped (\uXXXX, 6 bytes each) is about 120 KB; no other field comes close.
    /// </summary>
    public const long LargestBody = 256 * 1024;

    public static IEndpointRouteBuilder MapCurationApi(this IEndpointRouteBuilder v1)
    {
        var films = v1.MapGroup("/films").WithTags("Curation")
            .RequireAuthorization(CataloguePolicies.Curate)
            .LimitRequestBody(LargestBody)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status404NotFound).WithNotFoundExample("film", FilmExamples.UnknownSlug)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        films.MapPost("", (FilmRequest request, HttpContext http, CancellationToken cancellationToken) =>
                FilmWrites.CreateFilmAsync(http, request, cancellationToken))
            .WithName("CreateFilm").WithSummary("Create a film")
            .WithDescription("Creates a curated film; its slug is made from the title and year. Answers 201 with the film, its ETag and its URL in Location.")
            .Produces<FilmDetail>(StatusCodes.Status201Created);

        var film = films.MapGroup("/{id}").WithParameterExample("id", FilmExamples.Slug).RequireIfMatch("the film's current ETag (from GET /v1/films/{id})",
            "The film's current ETag, from GET /v1/films/{id} or the previous write's answer.");
        film.MapPut("", ([FilmId] string id, FilmRequest request, HttpContext http, CancellationToken cancellationToken) =>
                FilmWrites.OnFilmAsync(http, id, async write =>
                {
                    await FilmFields.ApplyAsync(write, request, FilmFields.All, cancellationToken);
                    return null;
                }, updated => TypedResults.Ok(updated!.Detail), cancellationToken))
            .WithName("ReplaceFilm").WithSummary("Replace a film's own fields")
            .WithDescription("Sets title, year, synopsis, genres and countries (absent ones are cleared). A changed title is kept as an alternate " +
                "title of kind previous, so documents using it still find the film. Needs If-Match with the film's ETag.")
            .Produces<FilmDetail>();

        film.MapPatch("", ([FilmId] string id, JsonElement patch, HttpContext http, CancellationToken cancellationToken) =>
                FilmWrites.OnFilmAsync(http, id, async write =>
                {
                    var current = await CurrentFieldsAsync(write, cancellationToken);
                    var (merged, problem) = await FactCurationEndpoints.Merge(http, current, patch, cancellationToken);
                    if (problem is not null) return problem;
                    var stated = patch.EnumerateObject().Select(m => m.Name.ToLowerInvariant()).ToHashSet();
                    await FilmFields.ApplyAsync(write, merged!, stated, cancellationToken);
                    return null;
                }, updated => TypedResults.Ok(updated!.Detail), cancellationToken))
            .WithName("PatchFilm").WithSummary("Change some of a film's own fields")
            .WithDescription("A JSON merge patch (RFC 7396) of title, year, synopsis, genres and countries. Needs If-Match with the film's ETag.")
            .Accepts<FilmRequest>("application/merge-patch+json", "application/json")
            .Produces<FilmDetail>();

        film.MapDelete("", ([FilmId] string id, HttpContext http, CancellationToken cancellationToken) =>
                FilmWrites.OnFilmAsync(http, id, async write =>
                {
                    await write.DeleteFilmAsync(cancellationToken);
                    return null;
                }, _ => TypedResults.NoContent(), cancellationToken))
            .WithName("DeleteFilm").WithSummary("Delete a film")
            .WithDescription("Deletes the film with all its facts; later seeding does not create it again from documents that mention it. Needs If-Match with the film's ETag.")
            .Produces(StatusCodes.Status204NoContent);

        var publicFilm = v1.MapGroup("/films/{id}").WithTags("Films").CacheFor(TimeSpan.FromSeconds(60)).WithParameterExample("id", FilmExamples.Slug)
            .ProducesProblem(StatusCodes.Status404NotFound).WithNotFoundExample("film", FilmExamples.UnknownSlug);
        publicFilm.MapFactCuration(film, new AlternateTitleCuration());
        publicFilm.MapFactCuration(film, new CreditCuration());
        publicFilm.MapFactCuration(film, new RuntimeCuration());
        publicFilm.MapFactCuration(film, new RatingCuration());
        publicFilm.MapFactCuration(film, new AwardCuration());
        publicFilm.MapFactCuration(film, new ExternalIdCuration());
        publicFilm.MapFactCuration(film, new LanguageCuration());
        return v1;
    }

    private static async Task<FilmRequest> CurrentFieldsAsync(CuratedWrite write, CancellationToken cancellationToken)
    {
        var genres = await write.Db.FilmGenres.Where(g => g.FilmId == write.Film.Id).Select(g => g.Genre.Name).ToListAsync(cancellationToken);
        var countries = await write.Db.FilmCountries.Where(c => c.FilmId == write.Film.Id).Select(c => c.CountryCode).ToListAsync(cancellationToken);
        return FilmFields.Of(write.Film, genres, countries);
    }
}
