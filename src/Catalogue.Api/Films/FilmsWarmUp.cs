using System.Text.Json;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Data;

namespace Catalogue.Api.Films;

/// <summary>Before the first request: the film list's first page and the detail of its first film, queried and written once.</summary>
public sealed class FilmsWarmUp : IWarmUp
{
    public async Task WarmAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var json = services.JsonOptions();
        var db = services.GetRequiredService<CatalogueDbContext>();
        var query = new FilmListQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        var page = await FilmSorts.Find(FilmSorts.Default)!.PageAsync(FilmListing.Rows(db, query), null, query.Filter.Page.PageSize, cancellationToken);
        var summaries = await FilmSummaries.CompleteAsync(db, page.Items, cancellationToken);
        JsonSerializer.SerializeToUtf8Bytes(new Page<FilmSummary>(summaries, page.NextCursor), json);
        if (page.Items.FirstOrDefault() is { } first
            && await services.GetRequiredService<FilmDetailReader>().LoadAsync(IdOrSlug.Parse(first.Slug), cancellationToken) is { } film)
            JsonSerializer.SerializeToUtf8Bytes(film, json);
    }
}
