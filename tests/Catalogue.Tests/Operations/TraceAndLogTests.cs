using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Catalogue.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Catalogue.Tests.Operations;

/// <summary>What an operator's collector and log shipper get: the spans of a request, and JSON log lines that name it.</summary>
public class TraceAndLogTests(SeededCatalogueFixture catalogue) : IClassFixture<SeededCatalogueFixture>
{
    private const string RequestId = "X-Request-Id";

    [Fact]
    public async Task A_request_is_traced_as_a_server_span_with_its_database_commands_under_the_request_id()
    {
        var spans = new SpanCollector();
        catalogue.Factory.Services.GetRequiredService<TracerProvider>().AddProcessor(spans);
        var client = catalogue.CreateClient();

        // A search is never served from the hot-read cache, so it reaches PostgreSQL.
        var response = await client.GetAsync("/v1/search?q=aleppo");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var traceId = Assert.Single(response.Headers.GetValues(RequestId));

        var trace = await spans.WaitForAsync(traceId, s => s.Source.Name == "Npgsql");
        var server = Assert.Single(trace, s => s.Kind == ActivityKind.Server);
        Assert.Equal("/v1/search", server.GetTagItem("http.route"));
        Assert.Contains(trace, s => s.Source.Name == "Npgsql" && s.Kind == ActivityKind.Client);
    }

    [Fact]
    public async Task With_the_json_formatter_every_log_line_is_json_and_a_request_s_lines_carry_its_trace_id()
    {
        var port = HeadlessChromium.FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Catalogue.Api.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.Environment["ConnectionStrings__Catalogue"] = catalogue.ConnectionString;
        // The README's setting, and request logging turned up so a request writes lines of its own.
        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["Logging__Console__FormatterOptions__IncludeScopes"] = "true";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        using var api = Process.Start(start)!;
        var lines = new ConcurrentQueue<string>();
        api.OutputDataReceived += (_, line) => { if (line.Data is { Length: > 0 } text) lines.Enqueue(text); };
        api.BeginOutputReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var traceId = await RequestIdOfFirstAnswerAsync(client, "/v1/genres");

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!lines.Any(l => l.Contains(traceId)) && DateTime.UtcNow < deadline) await Task.Delay(100);

            Assert.All(lines, line => JsonDocument.Parse(line));
            var requestLines = lines.Select(l => JsonDocument.Parse(l).RootElement)
                .Where(l => l.TryGetProperty("Scopes", out var scopes)
                    && scopes.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("TraceId", out var id) && id.GetString() == traceId))
                .ToList();
            Assert.NotEmpty(requestLines);
            Assert.Contains(requestLines, l => l.GetProperty("Message").GetString()!.Contains("/v1/genres"));
        }
        finally
        {
            api.Kill(entireProcessTree: true);
            await api.WaitForExitAsync();
        }
    }

    /// <summary>Asks until the freshly started API answers, then returns that answer's request id.</summary>
    private static async Task<string> RequestIdOfFirstAnswerAsync(HttpClient client, string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                var response = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return Assert.Single(response.Headers.GetValues(RequestId));
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    /// <summary>Keeps every span that ends, as an exporter would be given them.</summary>
    private sealed class SpanCollector : BaseProcessor<Activity>
    {
        private readonly ConcurrentQueue<Activity> ended = new();

        public override void OnEnd(Activity span) => ended.Enqueue(span);

        /// <summary>The trace's spans once one matching <paramref name="expected"/> and its server span have ended
        /// (the server span ends just after the client has the response).</summary>
        public async Task<List<Activity>> WaitForAsync(string traceId, Func<Activity, bool> expected)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (true)
            {
                var trace = ended.Where(s => s.TraceId.ToHexString() == traceId).ToList();
                if ((trace.Any(expected) && trace.Any(s => s.Kind == ActivityKind.Server)) || DateTime.UtcNow > deadline) return trace;
                await Task.Delay(100);
            }
        }
    }
}
