using System.Net;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Contract;

public class HeadRequestTests(SeededCatalogueFixture catalogue) : IClassFixture<SeededCatalogueFixture>
{
    private readonly HttpClient client = catalogue.CreateClient();

    [Theory]
    [InlineData("/v1/films?limit=1")]
    [InlineData("/v1/films/last-men-in-aleppo-2017")]
    [InlineData("/v1/films/last-men-in-aleppo-2017/runtimes")]
    [InlineData("/v1/people/firas-fayyad")]
    [InlineData("/v1/genres")]
    [InlineData("/v1/search?q=aleppo")]
    [InlineData("/v1/films/no-such-film")]
    [InlineData("/v1/films?limit=500")]
    [InlineData("/health/live")]
    public async Task Head_answers_with_the_status_and_headers_of_the_get_and_no_body(string url)
    {
        var get = await client.GetAsync(url);
        var getBody = await get.Content.ReadAsByteArrayAsync();
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        foreach (var header in new[] { "ETag", "Cache-Control", "Link" })
            Assert.Equal(Values(get, header), Values(head, header));
        // The API's own responses are buffered (to hash them), so they know their length; health checks stream theirs.
        if (url.StartsWith("/v1") && get.Content.Headers.ContentLength is { } length)
        {
            Assert.Equal(getBody.Length, length);
            Assert.Equal(length, head.Content.Headers.ContentLength);
        }
    }

    [Fact]
    public async Task Head_with_the_etag_in_if_none_match_answers_304()
    {
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/v1/films/last-men-in-aleppo-2017"));
        var revalidate = new HttpRequestMessage(HttpMethod.Head, "/v1/films/last-men-in-aleppo-2017");
        revalidate.Headers.IfNoneMatch.Add(head.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(revalidate)).StatusCode);
    }

    private static string? Values(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values)
            ? string.Join(", ", values)
            : null;
}
