using System.Net;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Contract;

/// <summary>Browsers: anonymous reads from any site, keys and writes only from the configured origins.</summary>
public class OpenReadsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string AnySite = "https://films.example.org";
    private const string ConfiguredOrigin = "http://localhost:5173";

    [Fact]
    public async Task An_anonymous_read_is_allowed_from_any_origin_without_credentials()
    {
        var response = await api.CreateClient().SendAsync(FromOrigin(HttpMethod.Get, "/v1/genres", AnySite));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Fact]
    public async Task Error_answers_to_an_anonymous_read_carry_the_origin_too_and_the_document_says_so_on_every_response()
    {
        var client = api.CreateClient();
        foreach (var (path, status) in new[] { ("/v1/films?limit=0", HttpStatusCode.BadRequest), ("/v1/films/no-such-film", HttpStatusCode.NotFound) })
        {
            var response = await client.SendAsync(FromOrigin(HttpMethod.Get, path, AnySite));
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        }

        var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        foreach (var response in operation.Value.GetProperty("responses").EnumerateObject())
            Assert.True(response.Value.GetProperty("headers").TryGetProperty("Access-Control-Allow-Origin", out _),
                $"{operation.Value.GetProperty("operationId")} {response.Name} does not document Access-Control-Allow-Origin");
    }

    [Fact]
    public async Task A_preflight_for_a_conditional_read_is_allowed_from_any_origin()
    {
        var preflight = FromOrigin(HttpMethod.Options, "/v1/films/1", AnySite);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        var response = await api.CreateClient().SendAsync(preflight);

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task A_read_with_a_key_is_allowed_only_from_a_configured_origin()
    {
        var key = await ApiKeys.CreateAsync(api.ConnectionString, "browser-reader", "export");
        var client = api.CreateClient().WithApiKey(key);

        var elsewhere = await client.SendAsync(FromOrigin(HttpMethod.Get, "/v1/genres", AnySite));
        var configured = await client.SendAsync(FromOrigin(HttpMethod.Get, "/v1/genres", ConfiguredOrigin));

        Assert.False(elsewhere.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(ConfiguredOrigin, Assert.Single(configured.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData("GET", "x-api-key")]
    [InlineData("PATCH", "if-match, content-type")]
    [InlineData("POST", "content-type")]
    public async Task A_preflight_for_a_keyed_request_or_a_write_is_refused_to_other_origins(string method, string headers)
    {
        var client = api.CreateClient();

        var elsewhere = await client.SendAsync(Preflight(AnySite, method, headers));
        var configured = await client.SendAsync(Preflight(ConfiguredOrigin, method, headers));

        Assert.False(elsewhere.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(ConfiguredOrigin, Assert.Single(configured.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    private static HttpRequestMessage Preflight(string origin, string method, string headers)
    {
        var preflight = FromOrigin(HttpMethod.Options, "/v1/films/1", origin);
        preflight.Headers.Add("Access-Control-Request-Method", method);
        preflight.Headers.Add("Access-Control-Request-Headers", headers);
        return preflight;
    }

    private static HttpRequestMessage FromOrigin(HttpMethod method, string url, string origin)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Origin", origin);
        return request;
    }
}
