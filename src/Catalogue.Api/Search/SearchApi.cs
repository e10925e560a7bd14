using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalogue.Api.Search;

public static class SearchApi
{
    public static IServiceCollection AddSearchApi(this IServiceCollection services) => services.AddWarmUp<SearchWarmUp>();

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/search", Search)
            .WithTags("Search")
            // Search results shift as the catalogue grows and are rarely repeated exactly: a short lifetime.
            .CacheFor(TimeSpan.FromSeconds(15))
            .WithName("Search")
            .WithParameterExample("q", "aleppo").WithValidationExample("q", SearchQuery.QRequired)
            .WithResponseExample(new SearchResults("aleppo",
                [new FilmHit(42, FilmExamples.Slug, FilmExamples.Aleppo.Title, 2017, FilmExamples.Aleppo.Title, 1f)],
                [],
                [new ExcerptHit(77, 21, 42, FilmExamples.Slug, FilmExamples.Aleppo.Title, "positive", "Shot in <mark>Aleppo</mark> under siege.", 0.0607927f)]))
            .WithSummary("One search box across films, people and review excerpts")
            .WithDescription("Three ranked sections. Films and people match by trigram similarity on titles, alternate titles, " +
                "names and aliases (accent- and typo-tolerant); excerpts by English full-text search with highlighted snippets.");
        return v1;
    }

    private static async Task<Ok<SearchResults>> Search([AsParameters] SearchQuery query, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var q = query.Q!;
        var limit = query.HitsPerSection;
        // One DbContext cannot run queries concurrently; three short sequential round trips.
        var films = await CatalogueSearch.FilmsAsync(db, q, limit, cancellationToken);
        var people = await CatalogueSearch.PeopleAsync(db, q, limit, cancellationToken);
        var excerpts = await CatalogueSearch.ExcerptsAsync(db, q, limit, cancellationToken);
        return TypedResults.Ok(new SearchResults(q, films, people, excerpts));
    }
}
