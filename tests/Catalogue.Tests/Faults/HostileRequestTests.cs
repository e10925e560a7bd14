using System.Net;
using System.Text;
using Catalogue.Api.Curation;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Faults;

/// <summary>Bodies and headers the server cannot take as they are: a 4xx problem saying so, never a 500.</summary>
public class HostileRequestTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    private const string Slug = "last-men-in-aleppo-2017";
    private const string Film = $"/v1/films/{Slug}";
    private readonly HttpClient curator = catalogue.CreateCuratorClient();

    [Theory]
    [InlineData("PATCH", Film, """{"title":"\ud800"}""", "application/merge-patch+json")]
    [InlineData("PATCH", Film, """{"synopsis":"before \udc00 after"}""", "application/merge-patch+json")]
    [InlineData("POST", "/v1/films", """{"title":"\ud800"}""", "application/json")]
    [InlineData("POST", $"{Film}/titles", """{"title":"\udbff"}""", "application/json")]
    [InlineData("PUT", Film, """{"title":"x\ud800"}""", "application/json")]
    public async Task An_unpaired_surrogate_in_a_body_is_a_400_problem(string method, string url, string body, string contentType)
    {
        var (_, etag) = await curator.GetFilmAsync(Slug);

        await curator.WriteAsync(new HttpMethod(method), url, body, etag, contentType).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(etag, (await curator.GetFilmAsync(Slug)).ETag);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("utf-16")]
    [InlineData("x-no-such-charset")]
    public async Task A_body_in_a_charset_other_than_utf8_is_a_415_problem(string charset)
    {
        var (_, etag) = await curator.GetFilmAsync(Slug);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Film}/runtimes")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"minutes":90,"version":"festival"}""")),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        var problem = await curator.SendAsync(request).ProblemAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("UTF-8", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_larger_than_any_valid_write_is_a_413_problem_before_it_is_read()
    {
        var (_, etag) = await curator.GetFilmAsync(Slug);
        var body = $$"""{"synopsis":"{{new string('x', (int)CurationApi.LargestBody)}}"}""";

        var problem = await curator.WriteAsync(HttpMethod.Patch, Film, body, etag, "application/merge-patch+json")
            .ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains($"{CurationApi.LargestBody}", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_largest_valid_write_fits_the_body_limit()
    {
        // Every character of a 20,000-character synopsis escaped: the largest body a valid film can take.
        var synopsis = string.Concat(Enumerable.Repeat("\\u00e9", 20_000));
        var title = string.Concat(Enumerable.Repeat("\\u00e9", 300));
        var body = $$"""{"title":"{{title}}","year":2001,"synopsis":"{{synopsis}}","genres":["Documentary"],"countries":["SY"]}""";

        var response = await curator.WriteAsync(HttpMethod.Post, "/v1/films", body, null);

        Assert.True(response.StatusCode == HttpStatusCode.Created, $"answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Public_responses_vary_on_origin_and_api_key_and_name_each_once()
    {
        var client = catalogue.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/genres");
        request.Headers.Add("Origin", "http://localhost:3000");

        var response = await client.SendAsync(request);
        var plain = await client.GetAsync(Film);

        foreach (var answer in new[] { response, plain })
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var vary = answer.Headers.Vary.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)).ToList();
            Assert.Single(vary, v => v.Equals("Origin", StringComparison.OrdinalIgnoreCase));
            Assert.Single(vary, v => v.Equals("X-Api-Key", StringComparison.OrdinalIgnoreCase));
        }

        // A 304 names what a 200 would have varied on.
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, Film);
        revalidation.Headers.IfNoneMatch.Add(plain.Headers.ETag!);
        var notModified = await client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Contains("X-Api-Key", notModified.Headers.Vary);
    }
}
