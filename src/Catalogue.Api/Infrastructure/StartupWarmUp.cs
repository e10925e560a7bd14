using System.Text.Json;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.Infrastructure.Validation;
using Catalogue.Api.Search;
using Catalogue.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// Before the server listens, does once what a first request would otherwise pay for: opens a few pooled
/// connections, builds EF Core's model and compiles the queries of the film list, a film's detail and the search
/// box, and writes their JSON once (about 1.6 s on a cold process, which the first client used to wait for).
/// Bounded by <see cref="Budget"/>; a database that does not answer in time (or at all) only leaves the rest to the
/// first requests, and is reported by readiness as usual. <c>Startup:WarmUp=false</c> turns it off.
/// </summary>
public sealed class StartupWarmUp(IServiceProvider services, IConfiguration configuration, ILogger<StartupWarmUp> logger) : IHostedLifecycleService
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);
    private const int Connections = 4;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Startup:WarmUp", true)) return;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            await WarmAsync(budget.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(e, "Start-up warm-up stopped early; the first requests finish it");
        }
    }

    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        var opened = new List<NpgsqlConnection>();
        try
        {
            for (var i = 0; i < Connections; i++) opened.Add(await dataSource.OpenConnectionAsync(cancellationToken));
        }
        finally
        {
            foreach (var connection in opened) await connection.DisposeAsync();
        }

        var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var query = new FilmListQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        var page = await FilmSorts.Find(FilmSorts.Default)!.PageAsync(FilmListing.Rows(db, query), null, query.Filter.PageSize, cancellationToken);
        var summaries = await FilmSummaries.CompleteAsync(db, page.Items, cancellationToken);
        JsonSerializer.SerializeToUtf8Bytes(new Page<FilmSummary>(summaries, page.NextCursor), json);
        if (page.Items.FirstOrDefault() is { } first
            && await scope.ServiceProvider.GetRequiredService<FilmDetailReader>().LoadAsync(IdOrSlug.Parse(first.Slug), cancellationToken) is { } film)
            JsonSerializer.SerializeToUtf8Bytes(film, json);
        const string q = "warm";
        var results = new SearchResults(q,
            await CatalogueSearch.FilmsAsync(db, q, SearchQuery.DefaultLimit, cancellationToken),
            await CatalogueSearch.PeopleAsync(db, q, SearchQuery.DefaultLimit, cancellationToken),
            await CatalogueSearch.ExcerptsAsync(db, q, SearchQuery.DefaultLimit, cancellationToken));
        JsonSerializer.SerializeToUtf8Bytes(results, json);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
