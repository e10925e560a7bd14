using System.Diagnostics;
using System.Net;
using Catalogue.Data;
using Catalogue.Tests.Access;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Catalogue.Tests.Faults;

/// <summary>
/// A client sending made-up API keys as fast as it can: the keys must not reach the database, or the flood takes the
/// database away from everyone else. Measured as PostgreSQL counts it: committed transactions in the catalogue's
/// database (pg_stat_database.xact_commit) per flood request.
/// </summary>
public class UnknownKeyFloodTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int FloodRequests = 3000;

    [Fact]
    public async Task A_flood_of_random_keys_costs_less_than_a_hundredth_of_a_transaction_per_request()
    {
        // A short refusal delay: the flood's waves would otherwise wait a second each.
        await using var factory = api.Factory.WithAccessTestEndpoints(anonymousPerMinute: 100_000, keyPerMinute: 100_000)
            .WithWebHostBuilder(builder => builder
                .UseSetting("RateLimits:UnknownKeys:PermitsPerMinute", "5")
                .UseSetting("RateLimits:UnknownKeys:RefusalDelayMilliseconds", "10"));
        var flooder = factory.CreateClient("198.51.100.7");
        Assert.Equal(HttpStatusCode.OK, (await flooder.GetAsync("/v1/genres")).StatusCode);
        var before = await CommittedTransactionsAsync();

        var statuses = new List<HttpStatusCode>();
        for (var sent = 0; sent < FloodRequests; sent += 50)
        {
            var wave = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, "/v1/genres");
                request.Headers.Add(ApiKeys.Header, ApiKeyHashing.NewKey());
                return flooder.SendAsync(request);
            }));
            statuses.AddRange(wave.Select(r => r.StatusCode));
        }
        var spent = await CommittedTransactionsAsync() - before;

        Assert.All(statuses, status => Assert.True(status is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, $"answered {(int)status}"));
        Assert.True(spent < FloodRequests / 100, $"{spent} transactions for {FloodRequests} requests");
        // Once the address's budget is spent, its made-up keys are refused with 429 and Retry-After, without a lookup.
        var refused = await flooder.SendAsync(WithKey(ApiKeyHashing.NewKey()));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);

        // Other clients are not refused, and a key created now works at once.
        var created = await ApiKeys.CreateAsync(api.ConnectionString, $"flood-{Guid.NewGuid():N}"[..16], "export");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient("203.0.113.9").SendAsync(WithKey(created))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient("203.0.113.10").GetAsync("/v1/genres")).StatusCode);
    }

    [Fact]
    public async Task The_same_unknown_key_sent_again_and_again_is_looked_up_once()
    {
        await using var factory = api.Factory.WithAccessTestEndpoints();
        var client = factory.CreateClient("198.51.100.8");
        var wrong = ApiKeyHashing.NewKey();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(WithKey(wrong))).StatusCode);
        var before = await CommittedTransactionsAsync();

        for (var i = 0; i < 200; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(WithKey(wrong))).StatusCode);

        // Each lookup is at least one transaction; what remains is the measuring connection's own.
        var spent = await CommittedTransactionsAsync() - before;
        Assert.True(spent < 20, $"{spent} transactions for 200 requests with one unknown key: it was looked up again");
    }

    /// <summary>
    /// Past its ration, a made-up key's 429 is held back: whichever 429 it is, the unknown-key refusal (the address's
    /// anonymous budget left) or the anonymous limiter's (spent too), it is still problem+json with Retry-After and the
    /// rate-limit headers.
    /// </summary>
    [Theory]
    [InlineData(100_000, "unknown API keys a minute")]
    [InlineData(4, "An anonymous client may spend 4 permits")]
    public async Task Over_its_ration_a_made_up_key_is_answered_429_after_the_refusal_delay(int anonymousPerMinute, string detail)
    {
        await using var factory = Flood(anonymousPerMinute, refusalDelayMilliseconds: 400);
        var flooder = factory.CreateClient("198.51.100.20");
        // One key looked up (the whole ration) and one public read: 4 permits of the address's anonymous budget.
        Assert.Equal(HttpStatusCode.Unauthorized, (await flooder.SendAsync(WithKey(ApiKeyHashing.NewKey()))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await flooder.GetAsync("/v1/genres")).StatusCode);

        var clock = Stopwatch.StartNew();
        var refused = await flooder.SendAsync(WithKey(ApiKeyHashing.NewKey()));
        clock.Stop();

        var body = await refused.Content.ReadAsStringAsync();
        Assert.True(refused.StatusCode == HttpStatusCode.TooManyRequests, $"answered {(int)refused.StatusCode}: {body}");
        Assert.True(clock.ElapsedMilliseconds >= 350, $"answered after {clock.ElapsedMilliseconds} ms, not held back");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, body);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.True(refused.Headers.Contains("RateLimit-Policy") && refused.Headers.Contains("RateLimit"), "no rate-limit headers");
        Assert.True(refused.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task While_a_flooder_waits_for_its_refusal_a_valid_key_and_a_keyless_request_from_its_address_are_answered()
    {
        await using var factory = Flood(anonymousPerMinute: 100_000, refusalDelayMilliseconds: 30_000);
        var created = await ApiKeys.CreateAsync(api.ConnectionString, $"tarpit-{Guid.NewGuid():N}"[..16], "export");
        var address = factory.CreateClient("198.51.100.21");
        // The key works from the address before the flood (spending its ration of one lookup), so it is known valid.
        Assert.Equal(HttpStatusCode.OK, (await address.SendAsync(WithKey(created))).StatusCode);

        using var flooderGivesUp = new CancellationTokenSource();
        var held = address.SendAsync(WithKey(ApiKeyHashing.NewKey()), flooderGivesUp.Token);
        Assert.NotSame(held, await Task.WhenAny(held, Task.Delay(1000)));

        Assert.Equal(HttpStatusCode.OK, (await address.SendAsync(WithKey(created))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await address.GetAsync("/v1/genres")).StatusCode);
        Assert.False(held.IsCompleted, "the made-up key's refusal was not held back");
        flooderGivesUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
    }

    [Fact]
    public async Task Past_the_most_refusals_held_at_once_a_refusal_is_answered_at_once_and_a_client_that_goes_away_frees_its_place()
    {
        await using var factory = Flood(anonymousPerMinute: 100_000, refusalDelayMilliseconds: 30_000, maxDelayed: 1);
        var flooder = factory.CreateClient("198.51.100.22");
        Assert.Equal(HttpStatusCode.Unauthorized, (await flooder.SendAsync(WithKey(ApiKeyHashing.NewKey()))).StatusCode);

        using var first = new CancellationTokenSource();
        var held = flooder.SendAsync(WithKey(ApiKeyHashing.NewKey()), first.Token);
        Assert.NotSame(held, await Task.WhenAny(held, Task.Delay(1000)));

        var answered = await SendOrGiveUpAsync(flooder);
        Assert.NotNull(answered);
        Assert.Equal(HttpStatusCode.TooManyRequests, answered.StatusCode);
        Assert.NotNull(answered.Headers.RetryAfter);
        Assert.False(held.IsCompleted);

        first.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
        // The place is free again once the server has seen the client go: a refusal is held again.
        var heldAgain = false;
        for (var attempt = 0; attempt < 20 && !heldAgain; attempt++) heldAgain = await SendOrGiveUpAsync(flooder) is null;
        Assert.True(heldAgain, "no refusal was held back after the first client went away");
    }

    /// <summary>A made-up key's request whose client waits at most 5 s (the refusal delay here is 30 s): its answer, or
    /// null if it was still held back then.</summary>
    private static async Task<HttpResponseMessage?> SendOrGiveUpAsync(HttpClient client)
    {
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            return await client.SendAsync(WithKey(ApiKeyHashing.NewKey()), giveUp.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The limiter on, one unknown key a minute looked up per address, and the given refusal delay.</summary>
    private WebApplicationFactory<Program> Flood(int anonymousPerMinute, int refusalDelayMilliseconds, int maxDelayed = 1000) =>
        api.Factory.WithAccessTestEndpoints(anonymousPerMinute, keyPerMinute: 100_000)
            .WithWebHostBuilder(builder => builder
                .UseSetting("RateLimits:UnknownKeys:PermitsPerMinute", "1")
                .UseSetting("RateLimits:UnknownKeys:RefusalDelayMilliseconds", refusalDelayMilliseconds.ToString())
                .UseSetting("RateLimits:UnknownKeys:MaxDelayedRefusals", maxDelayed.ToString()));

    private static HttpRequestMessage WithKey(string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/genres");
        request.Headers.Add(ApiKeys.Header, key);
        return request;
    }

    /// <summary>
    /// Transactions committed in the database so far. Backends report their counts when they end, so the API's pooled
    /// connections are closed first; the reading connection's own transaction is counted only on the next reading.
    /// </summary>
    private async Task<long> CommittedTransactionsAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Task.Delay(300);
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(api.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
