using System.Net;
using System.Net.Http.Json;
using Catalogue.Api.Infrastructure.HotReads;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Api;

/// <summary>
/// The hot-read cache is exact: whatever was read before a committed change (a curator's write, a re-seed by the
/// seeding program, a delete) is never served after it, and the cache holds no more than its bound.
/// </summary>
public class HotReadCacheTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    private const string Aleppo = "/v1/films/last-men-in-aleppo-2017";

    [Fact]
    public async Task A_curator_write_is_seen_by_the_very_next_read()
    {
        var cache = await ServingCacheAsync(catalogue.Factory);
        var curator = catalogue.CreateCuratorClient();
        var reader = catalogue.CreateClient();
        var (_, etag) = await curator.GetFilmAsync("under-siege-voices-from-aleppo");
        await ReadTwiceFromCacheAsync(reader, cache, "/v1/films/under-siege-voices-from-aleppo");

        await curator.WriteOkAsync(HttpMethod.Patch, "/v1/films/under-siege-voices-from-aleppo", new { synopsis = "Curated just now." }, etag);

        var (after, afterTag) = await reader.GetFilmAsync("under-siege-voices-from-aleppo");
        Assert.Equal("Curated just now.", after.Synopsis);
        Assert.NotEqual(etag, afterTag);
    }

    [Fact]
    public async Task A_reseed_by_the_seeding_program_is_seen_by_the_very_next_read()
    {
        var cache = await ServingCacheAsync(catalogue.Factory);
        var reader = catalogue.CreateClient();
        await ReadTwiceFromCacheAsync(reader, cache, Aleppo);
        await ReadTwiceFromCacheAsync(reader, cache, "/v1/films?limit=5");
        Assert.DoesNotContain((await reader.GetFilmAsync("last-men-in-aleppo-2017")).Film.Ratings, r => r.Value == 7.9m);

        using var folder = new DocumentFolder();
        foreach (var path in Directory.GetFiles(RepositoryRoot.File("seeds")))
            folder.Write(Path.GetFileName(path), (await File.ReadAllTextAsync(path)).Replace("IMDb: 7.4/10", "IMDb: 7.9/10"));
        var seeded = await SeedingProcess.RunAsync(catalogue.ConnectionString, "seed", "--documents", folder.Path);
        Assert.True(seeded.ExitCode == 0, seeded.Error);

        Assert.Contains((await reader.GetFilmAsync("last-men-in-aleppo-2017")).Film.Ratings, r => r is { Source: "imdb", Value: 7.9m });
    }

    [Fact]
    public async Task A_deleted_film_is_gone_on_the_very_next_read()
    {
        var cache = await ServingCacheAsync(catalogue.Factory);
        var curator = catalogue.CreateCuratorClient();
        var reader = catalogue.CreateClient();
        var (_, etag) = await curator.GetFilmAsync("city-of-ghosts");
        await ReadTwiceFromCacheAsync(reader, cache, "/v1/films/city-of-ghosts");
        await ReadTwiceFromCacheAsync(reader, cache, "/v1/films?limit=100");
        Assert.Contains("city-of-ghosts", await reader.GetStringAsync("/v1/films?limit=100"));

        Assert.Equal(HttpStatusCode.NoContent, (await curator.WriteAsync(HttpMethod.Delete, "/v1/films/city-of-ghosts", null, etag)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/v1/films/city-of-ghosts")).StatusCode);
        Assert.DoesNotContain("city-of-ghosts", await reader.GetStringAsync("/v1/films?limit=100"));
    }

    [Fact]
    public async Task The_cache_never_holds_more_than_its_bound()
    {
        await using var bounded = catalogue.Factory.WithWebHostBuilder(builder => builder.UseSetting("HotReads:MaxEntries", "3"));
        var cache = await ServingCacheAsync(bounded);
        var reader = bounded.CreateClient();
        var slugs = (await reader.GetFromJsonAsync<FilmSlugs>("/v1/films?limit=100"))!.Items.Select(f => f.Slug).ToList();
        Assert.True(slugs.Count >= 4, "the seeded catalogue has at least four films");

        foreach (var slug in slugs.Concat(slugs))
        {
            var response = await reader.GetAsync($"/v1/films/{slug}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"\"slug\":\"{slug}\"", await response.Content.ReadAsStringAsync());
            Assert.InRange(cache.Count, 1, 3);
        }
    }

    private sealed record FilmSlugs(IReadOnlyList<FilmSlug> Items);

    private sealed record FilmSlug(string Slug);

    /// <summary>The API's cache once its change notifications are being received (it serves nothing before).</summary>
    private static async Task<HotReadCache> ServingCacheAsync<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory) where TEntryPoint : class
    {
        factory.CreateClient().Dispose();
        var cache = factory.Services.GetRequiredService<HotReadCache>();
        for (var waited = 0; !cache.Listening && waited < 200; waited++) await Task.Delay(50);
        Assert.True(cache.Listening, "the API listens for change notifications");
        return cache;
    }

    /// <summary>Reads a resource so that it is cached, and checks that the second read was served from the cache.</summary>
    private static async Task ReadTwiceFromCacheAsync(HttpClient client, HotReadCache cache, string url)
    {
        var first = await client.GetStringAsync(url);
        var cached = cache.Count;
        Assert.Equal(first, await client.GetStringAsync(url));
        Assert.True(cached > 0 && cache.Count == cached, "the second read was a hit");
    }
}
