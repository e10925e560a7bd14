using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Catalogue.Tests.Access;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Catalogue.Tests.Operations;

/// <summary>What an operator scrapes and what a client quotes in a report: the Prometheus endpoint and the request id.</summary>
public partial class TelemetryTests(SeededCatalogueFixture catalogue) : IClassFixture<SeededCatalogueFixture>
{
    private const string RequestId = "X-Request-Id";

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceId();

    /// <summary>Scrapes until <paramref name="expected"/> shows up: the server records a request's duration once the
    /// response is done, which may be just after the client has it, and the exporter caches a scrape for 300 ms.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient client, string path, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var response = await client.GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {text}");
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            if (text.Contains(expected) || DateTime.UtcNow > deadline) return text;
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task The_scrape_endpoint_answers_prometheus_text_with_the_http_server_metrics_after_a_request()
    {
        var client = catalogue.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/genres")).StatusCode);

        var text = await ScrapeUntilAsync(client, "/metrics", "http_server_request_duration_seconds_count");

        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text);
        Assert.Matches("http_server_request_duration_seconds_count\\{[^}]*http_route=\"/v1/genres\"", text);
        // Npgsql's own meter, listened to by name; the API's pool goes by its name, not its connection string.
        Assert.Contains("db_client_operation_duration_seconds", text);
        Assert.Contains("db_client_connection_pool_name=\"catalogue\"", text);
    }

    [Fact]
    public async Task Every_response_names_its_request_and_a_problem_gives_the_same_id_as_its_trace_id()
    {
        var client = catalogue.CreateClient();

        var ok = await client.GetAsync("/v1/films/last-men-in-aleppo-2017");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var okId = Assert.Single(ok.Headers.GetValues(RequestId));
        Assert.Matches(TraceId(), okId);

        var missing = await client.GetAsync("/v1/films/no-such-film-1900");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var missingId = Assert.Single(missing.Headers.GetValues(RequestId));
        Assert.Matches(TraceId(), missingId);
        var problem = JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(missingId, problem.GetProperty("traceId").GetString());
        Assert.NotEqual(okId, missingId);

        // A route nobody serves and a bad parameter: answered by other parts of the pipeline, same rule.
        foreach (var url in new[] { "/v1/no-such-resource", "/v1/films?limit=0" })
        {
            var response = await client.GetAsync(url);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(Assert.Single(response.Headers.GetValues(RequestId)), body.GetProperty("traceId").GetString());
        }

        // A client that starts the trace gets its own trace id back.
        using var traced = new HttpRequestMessage(HttpMethod.Get, "/v1/genres");
        traced.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        Assert.Equal("0af7651916cd43dd8448eb211c80319c", Assert.Single((await client.SendAsync(traced)).Headers.GetValues(RequestId)));
    }

    [Fact]
    public async Task The_openapi_document_names_the_request_id_on_every_response_and_leaves_the_scrape_endpoint_out()
    {
        var document = JsonDocument.Parse(await catalogue.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;

        Assert.Equal("^[0-9a-f]{32}$", document.GetProperty("components").GetProperty("headers").GetProperty(RequestId)
            .GetProperty("schema").GetProperty("pattern").GetString());
        var paths = document.GetProperty("paths");
        Assert.False(paths.TryGetProperty("/metrics", out _));
        foreach (var path in paths.EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        foreach (var response in operation.Value.GetProperty("responses").EnumerateObject())
            Assert.True(response.Value.TryGetProperty("headers", out var headers) && headers.TryGetProperty(RequestId, out _),
                $"{operation.Name} {path.Name} {response.Name} does not document {RequestId}");
    }

    [Fact]
    public async Task The_scrape_endpoint_is_not_rate_limited_and_takes_no_api_key()
    {
        await using var factory = catalogue.Factory.WithAccessTestEndpoints(anonymousPerMinute: 2);
        var client = factory.CreateClient("192.0.2.80");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/genres")).StatusCode);
        var limited = await client.GetAsync("/v1/genres");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Matches(TraceId(), Assert.Single(limited.Headers.GetValues(RequestId)));

        for (var i = 0; i < 10; i++)
        {
            var scrape = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
            Assert.False(scrape.Headers.Contains("RateLimit"), "the scrape carries rate-limit headers");
        }
        // Still out of permits: scraping spent none of them, and the public API is still limited.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/v1/genres")).StatusCode);

        using var withWrongKey = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        withWrongKey.Headers.Add("X-Api-Key", "cat_not-a-key");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(withWrongKey)).StatusCode);
    }

    [Fact]
    public async Task The_scrape_endpoint_moves_or_goes_by_configuration()
    {
        await using (var moved = catalogue.Factory.WithWebHostBuilder(b => b.UseSetting("Telemetry:Prometheus:Path", "/internal/metrics")))
        {
            var client = moved.CreateClient();
            await ScrapeUntilAsync(client, "/internal/metrics", "# TYPE");
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        }
        await using var off = catalogue.Factory.WithWebHostBuilder(b => b.UseSetting("Telemetry:Prometheus:Enabled", "false"));
        Assert.Equal(HttpStatusCode.NotFound, (await off.CreateClient().GetAsync("/metrics")).StatusCode);
    }
}
