using System.Net;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Access;

public class BrowserAccessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Origin = "http://localhost:5173";

    [Fact]
    public async Task A_configured_origin_may_send_writes_with_a_key_and_preflights_cost_nothing()
    {
        await using var factory = api.Factory.WithAccessTestEndpoints(anonymousPerMinute: 4);
        var client = factory.CreateClient("192.0.2.30");

        for (var i = 0; i < 3; i++)
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v1/films/1");
            preflight.Headers.Add("Origin", Origin);
            preflight.Headers.Add("Access-Control-Request-Method", "PATCH");
            preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key, if-match, content-type");
            var response = await client.SendAsync(preflight);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal(Origin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.Contains("PATCH", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
            var allowed = response.Headers.GetValues("Access-Control-Allow-Headers").Single().ToLowerInvariant();
            Assert.Contains("x-api-key", allowed);
            Assert.Contains("if-match", allowed);
        }

        // The three preflights left the budget whole: this first read is charged from a full bucket.
        using var read = new HttpRequestMessage(HttpMethod.Get, "/v1/genres");
        read.Headers.Add("Origin", Origin);
        var ok = await client.SendAsync(read);
        Assert.Equal("2", ok.Headers.GetValues("RateLimit-Remaining").Single());
        var exposed = ok.Headers.GetValues("Access-Control-Expose-Headers").Single();
        foreach (var header in new[] { "ETag", "Link", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Catalogue-Changes-Cursor" })
            Assert.Contains(header, exposed);
    }

    [Fact]
    public async Task A_browser_can_read_a_429_and_its_retry_after()
    {
        await using var factory = api.Factory.WithAccessTestEndpoints(anonymousPerMinute: 2);
        var client = factory.CreateClient("192.0.2.31");
        HttpResponseMessage? response = null;
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/genres");
            request.Headers.Add("Origin", Origin);
            response = await client.SendAsync(request);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, response!.StatusCode);
        // An anonymous read: open to every origin, so the 429 is readable by any page.
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
