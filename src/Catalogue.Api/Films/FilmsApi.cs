using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.HotReads;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.Infrastructure.Validation;
using Catalogue.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalogue.Api.Films;

public static class FilmsApi
{
    public static IServiceCollection AddFilmsApi(this IServiceCollection services) => services.AddSingleton<FilmDetailReader>().AddWarmUp<FilmsWarmUp>();

    public static IEndpointRouteBuilder MapFilmsApi(this IEndpointRouteBuilder v1)
    {
        var films = v1.MapGroup("/films").WithTags("Films").CacheFor(TimeSpan.FromSeconds(60));

        films.MapGet("", ListFilms)
            .WithName("ListFilms").WithResponseExample(FilmExamples.List).WithValidationExample("limit", QueryRules.LimitMessage)
            .WithSummary("Discover films")
            .WithDescription("Filters combine with AND. Results are cursor-paginated: follow nextCursor (or the Link rel=\"next\" header) " +
                "until it is null; every film appears exactly once in the walk, whatever the sort. Films lacking the sort key " +
                "(no year, rating or runtime) come last in both directions.");

        v1.MapGet("/find", FilmFinder.FindAsync)
            .WithTags("Films").CacheFor(TimeSpan.FromSeconds(60))
            .WithName("FindFilms").WithParameterExample("imdb", FilmExamples.Imdb)
            .WithSummary("Resolve other catalogues' ids")
            .WithDescription("Up to 100 IMDb, Wikidata or TMDB ids in one request; each comes back, in the order asked, with the film " +
                "that has it or null. For one id, GET /v1/films?imdb=tt... answers the same.");

        // Everything under /{id} answers 404 problem+json for an unknown film.
        var film = films.MapGroup("/{id}").ProducesProblem(StatusCodes.Status404NotFound).WithNotFoundExample("film", FilmExamples.UnknownSlug)
            .WithParameterExample("id", FilmExamples.Slug);

        film.MapGet("", GetFilm)
            .WithName("GetFilm").WithResponseExample(FilmExamples.Detail).WithParameterExample("include", FilmDetailQuery.Provenance)
            .WithSummary("One film, whole")
            .WithDescription("Titles, year, synopsis, genres, countries, every runtime (the primary one marked: the first of theatrical, " +
                "festival, broadcast, streaming, listing; ties to the lowest id), ratings, credits by role, subjects, awards, companies, " +
                "a review summary and links to the sub-resources. include=provenance adds the sources of every fact.");

        film.MapGet("/credits", GetCredits)
            .WithName("GetFilmCredits").WithSummary("A film's credits")
            .WithDescription("Every credit, subjects included, in role order (director first) then billing order.");
        film.MapGet("/runtimes", GetRuntimes)
            .WithName("GetFilmRuntimes").WithSummary("A film's runtimes")
            .WithDescription("Every version's running time, the primary one first and marked isPrimary.");
        film.MapGet("/ratings", GetRatings)
            .WithName("GetFilmRatings").WithSummary("A film's ratings")
            .WithDescription("Each rating as the source gave it (rawValue, value, scale) and normalised to 0-100.");
        film.MapGet("/awards", GetAwards)
            .WithName("GetFilmAwards").WithSummary("A film's awards")
            .WithDescription("Wins, nominations, shortlists and qualifications, oldest first.");
        film.MapGet("/reviews", GetReviews)
            .WithName("GetFilmReviews").WithSummary("A film's reviews")
            .WithDescription("Reviews with their kind, author, publication, source document and excerpt count.");
        film.MapGet("/excerpts", GetExcerpts)
            .WithName("GetFilmExcerpts").WithSummary("A film's review excerpts")
            .WithDescription("Excerpts of the film's reviews with their sentiment, oldest first, cursor-paginated; filter by sentiment.");

        return v1;
    }

    private static async Task<Rendered<Page<FilmSummary>>> ListFilms(
        [AsParameters] FilmListQuery query, CatalogueDbContext db, HttpContext http, HotReadCache cache, CancellationToken cancellationToken)
    {
        async Task<RenderedJson?> RenderAsync()
        {
            var sort = FilmSorts.Find(query.SortName)!;
            var page = await sort.PageAsync(FilmListing.Rows(db, query), query.Filter.Page.After.Value, query.Filter.Page.PageSize, cancellationToken);
            var summaries = await FilmSummaries.CompleteAsync(db, page.Items, cancellationToken);
            return RenderedJson.Of(new Page<FilmSummary>(summaries, page.NextCursor).WithNextLink(http), http.JsonOptions())
                with { Link = http.Response.Headers.Link.ToString() is { Length: > 0 } link ? link : null };
        }

        // First pages are what most clients ask for; later pages are many and each is read rarely.
        var rendered = query.Cursor is null
            ? await cache.GetOrRenderAsync(HotReadKeys.FirstPage(http.Request), RenderAsync)
            : await RenderAsync();
        return new Rendered<Page<FilmSummary>>(rendered!);
    }

    private static async Task<Results<Rendered<FilmDetail>, ProblemHttpResult>> GetFilm(
        [FilmId] string id, [AsParameters] FilmDetailQuery query, IServiceProvider services, HttpContext http, CancellationToken cancellationToken)
    {
        var json = http.JsonOptions();
        var rendered = query.WithProvenance
            ? await FilmDetailLoader.LoadAsync(services.GetRequiredService<CatalogueDbContext>(), id, withProvenance: true, cancellationToken) is { } whole
                ? RenderedJson.Of(whole, json)
                : null
            : await services.GetRequiredService<HotReadCache>().GetOrRenderAsync(HotReadKeys.Film(id), async () =>
                await services.GetRequiredService<FilmDetailReader>().LoadAsync(IdOrSlug.Parse(id), cancellationToken) is { } film
                    ? RenderedJson.Of(film, json)
                    : null);
        return rendered is null ? ApiProblems.NotFound("film", id) : new Rendered<FilmDetail>(rendered);
    }

    private static Task<Results<Ok<ItemList<CreditEntry>>, ProblemHttpResult>> GetCredits(
        [FilmId] string id, CatalogueDbContext db, CancellationToken cancellationToken) =>
        ForFilm(db, id, FilmSubResources.CreditsAsync, cancellationToken);

    private static Task<Results<Ok<ItemList<RuntimeEntry>>, ProblemHttpResult>> GetRuntimes(
        [FilmId] string id, CatalogueDbContext db, CancellationToken cancellationToken) =>
        ForFilm(db, id, FilmSubResources.RuntimesAsync, cancellationToken);

    private static Task<Results<Ok<ItemList<RatingEntry>>, ProblemHttpResult>> GetRatings(
        [FilmId] string id, CatalogueDbContext db, CancellationToken cancellationToken) =>
        ForFilm(db, id, FilmSubResources.RatingsAsync, cancellationToken);

    private static Task<Results<Ok<ItemList<AwardEntry>>, ProblemHttpResult>> GetAwards(
        [FilmId] string id, CatalogueDbContext db, CancellationToken cancellationToken) =>
        ForFilm(db, id, FilmSubResources.AwardsAsync, cancellationToken);

    private static Task<Results<Ok<ItemList<ReviewEntry>>, ProblemHttpResult>> GetReviews(
        [FilmId] string id, CatalogueDbContext db, CancellationToken cancellationToken) =>
        ForFilm(db, id, FilmSubResources.ReviewsAsync, cancellationToken);

    private static async Task<Results<Ok<Page<ExcerptEntry>>, ProblemHttpResult>> GetExcerpts(
        [FilmId] string id, [AsParameters] ExcerptListQuery query, CatalogueDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (await FilmLookup.FindIdAsync(db, id, cancellationToken) is not { } filmId) return ApiProblems.NotFound("film", id);
        return TypedResults.Ok((await FilmSubResources.ExcerptsAsync(db, filmId, query, cancellationToken)).WithNextLink(http));
    }

    private static async Task<Results<Ok<ItemList<T>>, ProblemHttpResult>> ForFilm<T>(
        CatalogueDbContext db, string id, Func<CatalogueDbContext, long, CancellationToken, Task<IReadOnlyList<T>>> load, CancellationToken cancellationToken)
    {
        if (await FilmLookup.FindIdAsync(db, id, cancellationToken) is not { } filmId) return ApiProblems.NotFound("film", id);
        return TypedResults.Ok(new ItemList<T>(await load(db, filmId, cancellationToken)));
    }
}

/// <summary>The film path segment: its numeric id or its slug (at most 200 characters, as slugs are stored).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FilmIdAttribute() : System.ComponentModel.DescriptionAttribute("The film's numeric id or its slug, e.g. `last-men-in-aleppo-2017`; at most 200 characters."),
    ITextBounds
{
    public int MaxLength => 200;
    public string? Pattern => null;
}
