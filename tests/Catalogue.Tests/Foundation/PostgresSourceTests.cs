using System.Net;
using System.Net.Sockets;
using System.Text;
using Catalogue.Tests.Infrastructure;
using Npgsql;

namespace Catalogue.Tests.Foundation;

/// <summary>
/// How the suite gets its PostgreSQL: which source each setting picks, and the one line it says when it cannot use
/// Docker. The private cluster is started here on its own, so it stays tested when the suite runs on a container.
/// </summary>
public class PostgresSourceTests
{
    private static readonly EngineAnswer NoEngine = EngineAnswer.None("no Docker engine answers at unix:///nowhere.sock");

    private readonly List<string> said = [];

    private Task<(IPostgresSource Source, string ConnectionString)> Start(
        PostgresSources.Mode mode, EngineAnswer engine, string? connectionString = null, string image = "postgres:15") =>
        PostgresSources.StartAsync(mode, connectionString, image, () => Task.FromResult(engine), said.Add);

    [Fact]
    public async Task Without_a_Docker_engine_auto_starts_a_private_cluster_that_serves_the_catalogue_extensions_and_leaves_nothing_behind()
    {
        var (source, connectionString) = await Start(PostgresSources.Mode.Auto, NoEngine);
        string directory;
        await using (source)
        {
            directory = Assert.IsType<PrivateCluster>(source).Folder;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT string_agg(name, ',' ORDER BY name) FROM pg_available_extensions WHERE name IN ('pg_trgm', 'unaccent', 'fuzzystrmatch')",
                connection);
            Assert.Equal("fuzzystrmatch,pg_trgm,unaccent", await command.ExecuteScalarAsync());
            Assert.True(Directory.Exists(directory));
        }
        Assert.False(Directory.Exists(directory));
        Assert.Equal([$"tests: PostgreSQL: {source.Description}"], said);
    }

    [Fact]
    public async Task Forced_testcontainers_without_an_engine_fails_saying_no_engine_answers()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Start(PostgresSources.Mode.Testcontainers, NoEngine));

        Assert.Equal("CATALOGUE_TEST_POSTGRES=testcontainers: no Docker engine answers at unix:///nowhere.sock", error.Message);
    }

    [Fact]
    public async Task Under_auto_an_image_that_cannot_be_had_falls_back_to_a_private_cluster_after_one_line_naming_the_image()
    {
        // The real engine's answer where one answers, so this test settles Testcontainers' API version the way the
        // suite's own start does; where none answers, the container fails to start all the same.
        var probed = await DockerEngine.AskAsync(DockerEngine.Endpoint, Environment.GetEnvironmentVariable("DOCKER_API_VERSION"), TimeSpan.FromSeconds(2));
        var engine = probed.Answers ? probed : EngineAnswer.Speaks(DockerEngine.Endpoint, "(none answers)", apiVersionToRequest: null);

        var (source, _) = await Start(PostgresSources.Mode.Auto, engine, image: "catalogue.invalid/no-such-postgres:0");
        await using (source) Assert.IsType<PrivateCluster>(source);

        var fallback = Assert.Single(said, line => line.Contains("did not start"));
        Assert.StartsWith("tests: PostgreSQL: a Testcontainers container of catalogue.invalid/no-such-postgres:0 did not start on Docker", fallback);
        Assert.EndsWith("; using a private cluster instead", fallback);
        Assert.DoesNotContain('\n', fallback);
    }

    [Fact]
    public async Task Server_mode_without_a_connection_string_says_which_variable_is_missing()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Start(PostgresSources.Mode.Server, NoEngine));

        Assert.Equal("CATALOGUE_TEST_POSTGRES=server needs CATALOGUE_TEST_CONNECTION to name the server", error.Message);
    }

    [Theory]
    [InlineData(null, PostgresSources.Mode.Auto)]
    [InlineData("", PostgresSources.Mode.Auto)]
    [InlineData("Testcontainers", PostgresSources.Mode.Testcontainers)]
    [InlineData("cluster", PostgresSources.Mode.Cluster)]
    [InlineData(" server ", PostgresSources.Mode.Server)]
    public void Each_setting_names_a_source(string? value, PostgresSources.Mode expected) =>
        Assert.Equal(expected, PostgresSources.ParseMode(value));

    [Fact]
    public void An_unknown_setting_is_refused_naming_the_accepted_ones()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PostgresSources.ParseMode("docker"));

        Assert.Equal("CATALOGUE_TEST_POSTGRES=docker is not one of auto, testcontainers, cluster, server", error.Message);
    }

    [Fact]
    public async Task The_engine_probe_says_nothing_answers_at_a_socket_nobody_serves()
    {
        var endpoint = $"unix://{Path.GetTempPath()}catalogue-no-engine-{Guid.NewGuid():N}.sock";

        var answer = await DockerEngine.AskAsync(endpoint, null, TimeSpan.FromSeconds(2));

        Assert.False(answer.Answers);
        Assert.StartsWith($"no Docker engine answers at {endpoint} (", answer.Summary);
    }

    [Fact]
    public async Task An_engine_older_than_the_requested_API_is_refused_naming_both_versions()
    {
        using var engine = new FakeEngine("""{"Version":"20.10.24","ApiVersion":"1.41","MinAPIVersion":"1.12"}""");

        var answer = await DockerEngine.AskAsync(engine.Endpoint, "1.44", TimeSpan.FromSeconds(2));

        Assert.False(answer.Answers);
        Assert.Equal($"the Docker engine at {engine.Endpoint} speaks API 1.12..1.41, but DOCKER_API_VERSION asks for 1.44", answer.Summary);
    }

    [Fact]
    public async Task Unless_told_a_version_the_probe_asks_an_older_engine_for_the_API_it_speaks()
    {
        using var engine = new FakeEngine("""{"Version":"20.10.24","ApiVersion":"1.41","MinAPIVersion":"1.12"}""");

        var answer = await DockerEngine.AskAsync(engine.Endpoint, null, TimeSpan.FromSeconds(2));

        Assert.True(answer.Answers);
        Assert.Equal("1.41", answer.ApiVersionToRequest);
        Assert.Equal($"Docker 20.10.24 at {engine.Endpoint}", answer.Summary);
    }

    /// <summary>Answers every HTTP request on a loopback port with the same <c>/version</c> body.</summary>
    private sealed class FakeEngine : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);

        public FakeEngine(string versionBody)
        {
            listener.Start();
            _ = ServeAsync(Encoding.UTF8.GetBytes(versionBody));
        }

        public string Endpoint => $"tcp://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

        private async Task ServeAsync(byte[] body)
        {
            try
            {
                while (true)
                {
                    using var client = await listener.AcceptTcpClientAsync();
                    var stream = client.GetStream();
                    var request = new byte[4096];
                    var read = 0;
                    while (!Encoding.ASCII.GetString(request, 0, read).Contains("\r\n\r\n"))
                        read += await stream.ReadAsync(request.AsMemory(read));
                    var head = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
                    await stream.WriteAsync(body);
                }
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException or IOException) { }
        }

        public void Dispose() => listener.Stop();
    }
}
