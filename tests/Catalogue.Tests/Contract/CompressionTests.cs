using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Contract;

/// <summary>br and gzip on request, each coding its own strong validator, so a 304 always matches the bytes held.</summary>
public class CompressionTests(SeededCatalogueFixture catalogue) : IClassFixture<SeededCatalogueFixture>
{
    private const string Film = "/v1/films/last-men-in-aleppo-2017";
    private readonly HttpClient client = catalogue.CreateClient();

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("*", "br")]
    public async Task A_json_response_comes_in_the_coding_the_client_prefers_and_decodes_to_the_same_body(string accept, string expected)
    {
        var plain = await client.GetAsync(Film);
        var coded = await GetAsync(Film, accept);

        Assert.Equal([expected], coded.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", coded.Headers.Vary);
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await DecodeAsync(coded));
        Assert.Equal((await coded.Content.ReadAsByteArrayAsync()).Length, coded.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Identity_is_sent_when_the_client_refuses_both_codings()
    {
        var response = await GetAsync(Film, "br;q=0, gzip;q=0");

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Identity_is_sent_when_the_client_asks_only_for_identity()
    {
        var response = await GetAsync(Film, "identity");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Each_coding_has_its_own_etag_and_revalidates_only_against_itself()
    {
        var plain = (await client.GetAsync(Film)).Headers.ETag!.Tag;
        var brotli = (await GetAsync(Film, "br")).Headers.ETag!.Tag;
        var gzip = (await GetAsync(Film, "gzip")).Headers.ETag!.Tag;

        Assert.Equal(3, new[] { plain, brotli, gzip }.Distinct().Count());
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(Film, "br", brotli)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(Film, "gzip", gzip)).StatusCode);
        // A client that held the br bytes and now asks for gzip gets the gzip bytes, not a 304 for bytes it lacks.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Film, "gzip", brotli)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Film, null, gzip)).StatusCode);
    }

    [Fact]
    public async Task Problems_and_the_openapi_document_are_compressed_too()
    {
        var problem = await GetAsync("/v1/films?limit=500", "gzip");
        var document = await GetAsync("/swagger/v1/swagger.json", "br");

        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.Equal(["gzip"], problem.Content.Headers.ContentEncoding);
        Assert.Contains("limit", await DecodeAsync(problem));
        Assert.Equal(["br"], document.Content.Headers.ContentEncoding);
        Assert.Contains("\"openapi\"", await DecodeAsync(document));
    }

    [Fact]
    public async Task A_write_accepts_the_etag_of_a_compressed_read_in_if_match()
    {
        var key = await ApiKeys.CreateAsync(catalogue.ConnectionString, "compression-curator", "curate");
        var brotli = (await GetAsync(Film, "br")).Headers.ETag!.ToString();

        var (film, _) = await catalogue.CreateClient().WithApiKey(key)
            .WriteOkAsync(HttpMethod.Post, $"{Film}/runtimes", new { minutes = 101, version = "festival" }, brotli);

        Assert.Contains(film.Runtimes, r => r.Minutes == 101);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? acceptEncoding, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        return await client.SendAsync(request);
    }

    private static async Task<string> DecodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        Stream decoder = response.Content.Headers.ContentEncoding.Single() == "br"
            ? new BrotliStream(body, CompressionMode.Decompress)
            : new GZipStream(body, CompressionMode.Decompress);
        return await new StreamReader(decoder).ReadToEndAsync();
    }
}
