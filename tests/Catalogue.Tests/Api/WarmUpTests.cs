using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Search;
using Catalogue.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Api;

/// <summary>
/// Start-up warm-up swallows its failures (the first requests finish the work), so a warm-up that broke or was no
/// longer registered would go unseen but for a slower first request: each is run here, where a failure throws.
/// </summary>
public class WarmUpTests(SeededCatalogueFixture catalogue) : IClassFixture<SeededCatalogueFixture>
{
    [Fact]
    public async Task The_film_list_film_detail_and_search_are_warmed_and_each_warm_up_runs_cleanly()
    {
        var warmUps = catalogue.Factory.Services.GetServices<IWarmUp>().ToList();
        Assert.Equal([typeof(FilmsWarmUp), typeof(SearchWarmUp)], warmUps.Select(w => w.GetType()));

        await using var scope = catalogue.Factory.Services.CreateAsyncScope();
        foreach (var warmUp in warmUps) await warmUp.WarmAsync(scope.ServiceProvider, CancellationToken.None);
    }
}
