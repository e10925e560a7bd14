using System.Net;
using Catalogue.Data;
using Catalogue.Tests.Access;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
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
        await using var factory = api.Factory.WithAccessTestEndpoints(anonymousPerMinute: 100_000, keyPerMinute: 100_000)
            .WithWebHostBuilder(builder => builder.UseSetting("RateLimits:UnknownKeys:PermitsPerMinute", "5"));
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
