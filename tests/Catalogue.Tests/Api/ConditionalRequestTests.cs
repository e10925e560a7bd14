using System.Net;
using System.Net.Http.Headers;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Api;

public class ConditionalRequestTests(FilmCatalogueFixture api) : IClassFixture<FilmCatalogueFixture>
{
    private readonly HttpClient client = api.CreateClient();

    [Theory]
    [InlineData("/v1/films?limit=2")]
    [InlineData("/v1/films/shoah-1985")]
    public async Task A_repeated_get_with_the_etag_answers_304_without_a_body(string url)
    {
        var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/films/shoah-1985");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Shoah", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Different_resources_have_different_etags()
    {
        var shoah = await client.GetAsync("/v1/films/shoah-1985");
        var cave = await client.GetAsync("/v1/films/the-cave-2019");
        Assert.NotEqual(shoah.Headers.ETag, cave.Headers.ETag);
    }

    [Fact]
    public async Task Errors_are_not_cached()
    {
        var response = await client.GetAsync("/v1/films/no-such-film");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Any_browser_origin_may_read_the_api_anonymously_and_its_paging_headers()
    {
        foreach (var origin in new[] { "http://localhost:5173", "https://elsewhere.example" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/films?limit=1");
            request.Headers.Add("Origin", origin);
            var response = await client.SendAsync(request);
            Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.Contains("Link", response.Headers.GetValues("Access-Control-Expose-Headers").Single());
        }
    }
}
