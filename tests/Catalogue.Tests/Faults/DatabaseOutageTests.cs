using System.Net;
using System.Text.Json;
using Catalogue.Api.Infrastructure.Database;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Catalogue.Tests.Faults;

/// <summary>
/// The API over a PostgreSQL of its own that these tests stop, freeze and crash. What a client must see: a 503 problem
/// with Retry-After on every endpoint while the database is away, and normal answers once it is back, from the same
/// process. What an operator must see: one line when the outage starts and one when it ends.
/// </summary>
public class DatabaseOutageTests(FaultyPostgres postgres) : IClassFixture<FaultyPostgres>, IAsyncLifetime
{
    private readonly LogCapture logs = new();
    private WebApplicationFactory<Program> factory = null!;
    private string key = "";

    public async Task InitializeAsync()
    {
        // These tests are about what reaches the database: the hot-read cache, which may answer while it stalls, is off.
        factory = new ApiFactory(postgres.ConnectionString).WithWebHostBuilder(builder => builder
            .UseSetting("HotReads:MaxEntries", "0").ConfigureLogging(l => l.AddProvider(logs)));
        key = await ApiKeys.CreateAsync(postgres.ConnectionString, $"outage-{Guid.NewGuid():N}"[..20], "export", "curate");
        await WaitUntilReadyAsync(factory.CreateClient());
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task While_PostgreSQL_is_stopped_every_operation_answers_503_with_retry_after_and_after_it_restarts_200()
    {
        var client = factory.CreateClient();
        var operations = await DocumentedOperation.ReadAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/genres")).StatusCode);

        await postgres.StopAsync();
        try
        {
            foreach (var operation in operations.Where(o => o.PathTemplate.StartsWith("/v1/")))
            {
                // With a key, authentication itself needs the database; without one, public reads reach their handler.
                await AssertUnavailableAsync(client, operation, withKey: true);
                if (operation.Method == "GET" && !operation.Operation.TryGetProperty("security", out _))
                    await AssertUnavailableAsync(client, operation, withKey: false);
            }
            var ready = await client.GetAsync("/health/ready");
            await AssertServiceUnavailableProblemAsync(ready, "GET /health/ready");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            await postgres.StartAsync();
        }

        await WaitUntilReadyAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/genres")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.WithApiKey(key).GetAsync("/v1/changes")).StatusCode);

        // One line when it went, one when it came back; no stack trace for any of the refused requests.
        var entries = logs.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.Single(entries, e => e.Message.StartsWith("Database unavailable"));
        Assert.Single(entries, e => e.Message.StartsWith("Database available again"));
        Assert.DoesNotContain(entries, e => e.Exception is not null);
    }

    [Fact]
    public async Task A_stalled_PostgreSQL_gives_a_503_within_the_timeouts_instead_of_hanging()
    {
        var client = factory.CreateClient();
        // Far above the bounds (5 s command timeout, 2 s connect timeout, 1.5 s readiness): reaching it would mean a hang.
        client.Timeout = TimeSpan.FromSeconds(30);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/films")).StatusCode);

        postgres.Pause();
        try
        {
            var answers = await Task.WhenAll(
                client.GetAsync("/v1/films"),
                client.GetAsync("/v1/people"),
                factory.CreateClient().WithApiKey(key).GetAsync("/v1/genres"),
                client.GetAsync("/health/ready"));
            foreach (var answer in answers) await AssertServiceUnavailableProblemAsync(answer, answer.RequestMessage!.RequestUri!.PathAndQuery);
        }
        finally
        {
            postgres.Resume();
        }

        await WaitUntilReadyAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/films")).StatusCode);
    }

    [Fact]
    public async Task After_a_crash_and_recovery_the_same_process_answers_again()
    {
        var client = factory.CreateClient();
        // Several pooled connections, all of which the crash cuts.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetAsync("/v1/films")));

        await postgres.CrashAndRestartAsync();

        // Requests on connections the crash cut are refused as unavailable, never answered 500.
        for (var i = 0; i < 6; i++)
        {
            var response = await client.GetAsync("/v1/films");
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable,
                $"answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        await WaitUntilReadyAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/films")).StatusCode);
    }

    private async Task AssertUnavailableAsync(HttpClient client, DocumentedOperation operation, bool withKey)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Url());
        if (withKey) request.Headers.Add(ApiKeys.Header, key);
        request.Headers.TryAddWithoutValidation("If-Match", "\"any\"");
        if (operation.HasBody) request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        var response = await client.SendAsync(request);
        await AssertServiceUnavailableProblemAsync(response, $"{operation.Method} {operation.Url()} ({(withKey ? "with" : "without")} a key)");
    }

    private static async Task AssertServiceUnavailableProblemAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{what} answered {(int)response.StatusCode}: {body}");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"{what}: no Retry-After");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(503, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }

    private async Task WaitUntilReadyAsync(HttpClient client)
    {
        // Crash recovery replays the WAL; on a loaded two-core machine that takes a while, so the bound is generous.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var ready = await client.GetAsync("/health/ready");
            if (ready.StatusCode == HttpStatusCode.OK) return;
            last = $"{(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync()}";
            await Task.Delay(250);
        }
        // What the API and the server were saying, so a failure on a machine nobody can watch says why.
        Assert.Fail($"the API did not become ready again within 90 s of PostgreSQL coming back; /health/ready last answered {last}\n" +
            $"the server's log ends:\n{postgres.ServerLogTail(30)}");
    }
}

public class DatabaseFailureTests
{
    [Theory]
    [InlineData("57P01")]  // admin shutdown
    [InlineData("57P02")]  // crash shutdown
    [InlineData("57P03")]  // cannot connect now: starting up or recovering
    [InlineData("53300")]  // too many connections
    [InlineData("08006")]  // connection failure
    [InlineData("3D000")]  // the database is gone
    public void Server_states_that_pass_with_time_count_as_unavailable(string sqlState) =>
        Assert.NotNull(DatabaseFailures.Unavailability(new Npgsql.PostgresException("", "FATAL", "FATAL", sqlState)));

    [Theory]
    [InlineData("23505")]
    [InlineData("22001")]
    [InlineData("42P01")]
    public void Errors_the_request_or_the_code_caused_do_not(string sqlState) =>
        Assert.Null(DatabaseFailures.Unavailability(new Npgsql.PostgresException("", "ERROR", "ERROR", sqlState)));

    [Fact]
    public void An_exhausted_pool_or_a_timeout_counts_as_unavailable() =>
        Assert.NotNull(DatabaseFailures.Unavailability(new Npgsql.NpgsqlException("The connection pool has been exhausted", new TimeoutException())));
}
