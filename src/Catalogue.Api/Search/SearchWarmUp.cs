using System.Text.Json;
using Catalogue.Api.Infrastructure;
using Catalogue.Data;

namespace Catalogue.Api.Search;

/// <summary>Before the first request: the search box's three queries, run and written once.</summary>
public sealed class SearchWarmUp : IWarmUp
{
    public async Task WarmAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CatalogueDbContext>();
        const string q = "warm";
        var results = new SearchResults(q,
            await CatalogueSearch.FilmsAsync(db, q, SearchQuery.DefaultLimit, cancellationToken),
            await CatalogueSearch.PeopleAsync(db, q, SearchQuery.DefaultLimit, cancellationToken),
            await CatalogueSearch.ExcerptsAsync(db, q, SearchQuery.DefaultLimit, cancellationToken));
        JsonSerializer.SerializeToUtf8Bytes(results, services.JsonOptions());
    }
}
