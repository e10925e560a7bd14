using System.Net;
using System.Net.Http.Headers;
using Catalogue.Data;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Catalogue.Tests.Access;

/// <summary>
/// Each test starts its own API (its own limiter) with small limits. Buckets refill at PermitsPerMinute per minute,
/// so with at most 6 a minute no whole permit comes back during a test; the host and the database are warmed up from
/// an address of their own first, so the tests' own requests follow each other within milliseconds.
/// </summary>
public class RateLimitTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Url = "/v1/genres";

    private async Task<WebApplicationFactory<Program>> StartAsync(int anonymousPerMinute, int keyPerMinute = 1000)
    {
        var factory = api.Factory.WithAccessTestEndpoints(anonymousPerMinute, keyPerMinute);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient("192.0.2.250").GetAsync(Url)).StatusCode);
        return factory;
    }

    private static string UniqueName(string name) => $"{name}-{Guid.NewGuid():N}"[..20];

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? Assert.Single(values) : throw new Xunit.Sdk.XunitException($"no {name} header");

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, HttpStatusCode expected, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(ifNoneMatch);
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == expected,
            $"expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    [Fact]
    public async Task Over_the_limit_the_answer_is_429_problem_with_retry_after_and_the_rate_limit_headers()
    {
        await using var factory = await StartAsync(anonymousPerMinute: 4);
        var client = factory.CreateClient("192.0.2.1");

        var first = await GetAsync(client, HttpStatusCode.OK);
        Assert.Equal("4", Header(first, "RateLimit-Limit"));
        Assert.Equal("2", Header(first, "RateLimit-Remaining"));
        Assert.Equal("30", Header(first, "RateLimit-Reset"));  // 2 permits, one every 15 s
        var second = await GetAsync(client, HttpStatusCode.OK);
        Assert.Equal("0", Header(second, "RateLimit-Remaining"));
        Assert.Equal("60", Header(second, "RateLimit-Reset"));

        var rejected = await GetAsync(client, HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(15), rejected.Headers.RetryAfter?.Delta);
        Assert.Equal("4", Header(rejected, "RateLimit-Limit"));
        Assert.Equal("0", Header(rejected, "RateLimit-Remaining"));
        Assert.Equal("60", Header(rejected, "RateLimit-Reset"));
        Assert.True(rejected.Headers.CacheControl?.NoStore);
        var problem = await client.GetProblemAsync(Url, HttpStatusCode.TooManyRequests);
        Assert.Contains("retry after 15 seconds", problem.GetProperty("detail").GetString());

        // Health checks and the API's documentation are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode);
        // A client that accepts no JSON still gets the 429 (as text), never a 500.
        using var plain = new HttpRequestMessage(HttpMethod.Get, Url);
        plain.Headers.Accept.ParseAdd("text/html");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(plain)).StatusCode);
    }

    [Fact]
    public async Task A_304_costs_half_of_a_200()
    {
        await using var factory = await StartAsync(anonymousPerMinute: 6);

        // Fresh bodies: 2 permits each, so three of them spend 6.
        var fetcher = factory.CreateClient("192.0.2.2");
        foreach (var remaining in new[] { "4", "2", "0" })
            Assert.Equal(remaining, Header(await GetAsync(fetcher, HttpStatusCode.OK), "RateLimit-Remaining"));
        await GetAsync(fetcher, HttpStatusCode.TooManyRequests);

        // Revalidations answered 304: 1 permit each, so after one 200 four of them fit in what is left.
        var revalidator = factory.CreateClient("192.0.2.3");
        var ok = await GetAsync(revalidator, HttpStatusCode.OK);
        Assert.Equal("4", Header(ok, "RateLimit-Remaining"));
        foreach (var remaining in new[] { "3", "2", "1", "0" })
        {
            var notModified = await GetAsync(revalidator, HttpStatusCode.NotModified, ok.Headers.ETag);
            Assert.Equal(remaining, Header(notModified, "RateLimit-Remaining"));
            Assert.Equal("6", Header(notModified, "RateLimit-Limit"));
        }
        await GetAsync(revalidator, HttpStatusCode.TooManyRequests, ok.Headers.ETag);
    }

    [Fact]
    public async Task A_200_that_finds_one_permit_left_is_still_served()
    {
        await using var factory = await StartAsync(anonymousPerMinute: 3);
        var client = factory.CreateClient("192.0.2.4");
        Assert.Equal("1", Header(await GetAsync(client, HttpStatusCode.OK), "RateLimit-Remaining"));
        Assert.Equal("0", Header(await GetAsync(client, HttpStatusCode.OK), "RateLimit-Remaining"));
        await GetAsync(client, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Each_key_and_each_anonymous_address_has_a_budget_of_its_own()
    {
        await using var factory = await StartAsync(anonymousPerMinute: 2, keyPerMinute: 4);
        var acme = await ApiKeys.CreateAsync(api.ConnectionString, UniqueName("acme"), ApiKeyHashing.ExportScope);
        var other = await ApiKeys.CreateAsync(api.ConnectionString, UniqueName("other"), ApiKeyHashing.ExportScope);

        var anonymous = factory.CreateClient("192.0.2.10");
        Assert.Equal("2", Header(await GetAsync(anonymous, HttpStatusCode.OK), "RateLimit-Limit"));
        await GetAsync(anonymous, HttpStatusCode.TooManyRequests);

        // Another address, and keys used from the exhausted address, are not affected; a key has its own limit.
        await GetAsync(factory.CreateClient("192.0.2.11"), HttpStatusCode.OK);
        var acmeClient = factory.CreateClient("192.0.2.10").WithApiKey(acme);
        var keyed = await GetAsync(acmeClient, HttpStatusCode.OK);
        Assert.Equal("4", Header(keyed, "RateLimit-Limit"));
        Assert.Equal("2", Header(keyed, "RateLimit-Remaining"));
        // The key's budget follows the key to any address.
        Assert.Equal("0", Header(await GetAsync(factory.CreateClient("192.0.2.12").WithApiKey(acme), HttpStatusCode.OK), "RateLimit-Remaining"));
        var problem = await acmeClient.GetProblemAsync(Url, HttpStatusCode.TooManyRequests);
        Assert.Contains("The key 'acme-", problem.GetProperty("detail").GetString());
        Assert.Equal("2", Header(await GetAsync(factory.CreateClient("192.0.2.10").WithApiKey(other), HttpStatusCode.OK), "RateLimit-Remaining"));
    }

    [Fact]
    public async Task IPv6_clients_share_a_budget_per_64_prefix()
    {
        await using var factory = await StartAsync(anonymousPerMinute: 2);
        await GetAsync(factory.CreateClient("2001:db8:1:2::1"), HttpStatusCode.OK);
        await GetAsync(factory.CreateClient("2001:db8:1:2:ffff::9"), HttpStatusCode.TooManyRequests);
        await GetAsync(factory.CreateClient("2001:db8:1:3::1"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wrong_keys_are_limited_by_address_like_anonymous_calls()
    {
        await using var factory = await StartAsync(anonymousPerMinute: 4);
        var guesser = factory.CreateClient("192.0.2.20").WithApiKey(ApiKeyHashing.NewKey());
        var refused = await GetAsync(guesser, HttpStatusCode.Unauthorized);
        Assert.Equal("2", Header(refused, "RateLimit-Remaining"));
        await GetAsync(guesser, HttpStatusCode.Unauthorized);
        await GetAsync(guesser, HttpStatusCode.TooManyRequests);
        await GetAsync(factory.CreateClient("192.0.2.20"), HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task With_the_limiter_off_there_are_no_limits_and_no_rate_limit_headers()
    {
        var client = api.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var response = await GetAsync(client, HttpStatusCode.OK);
            Assert.False(response.Headers.Contains("RateLimit-Limit"));
        }
    }
}
