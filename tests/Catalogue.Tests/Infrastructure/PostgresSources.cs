namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// Chooses the tests' PostgreSQL from <c>CATALOGUE_TEST_POSTGRES</c>: <c>server</c> (the one named by
/// <c>CATALOGUE_TEST_CONNECTION</c>), <c>testcontainers</c>, <c>cluster</c>, or <c>auto</c> (the default): the named
/// server if there is one, else Testcontainers when a Docker engine answers, else a private cluster, and the
/// private cluster too when the container cannot start, after saying why in one line.
/// </summary>
public static class PostgresSources
{
    public const string ModeVariable = "CATALOGUE_TEST_POSTGRES";
    public const string ConnectionVariable = "CATALOGUE_TEST_CONNECTION";
    public const string ReportVariable = "CATALOGUE_TEST_POSTGRES_REPORT";

    public enum Mode { Auto, Server, Testcontainers, Cluster }

    public static Mode ParseMode(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => Mode.Auto,
        "server" => Mode.Server,
        "testcontainers" => Mode.Testcontainers,
        "cluster" => Mode.Cluster,
        _ => throw new InvalidOperationException(
            $"{ModeVariable}={value} is not one of auto, testcontainers, cluster, server"),
    };

    /// <summary>Starts the chosen source; says on stderr which one serves this run, and why when it fell back.</summary>
    public static async Task<(IPostgresSource Source, string ConnectionString)> StartAsync(
        Mode mode, string? connectionString, string image, Func<Task<EngineAnswer>> askEngine, Action<string> say)
    {
        if (mode == Mode.Server || (mode == Mode.Auto && connectionString is { Length: > 0 }))
        {
            if (connectionString is not { Length: > 0 })
                throw new InvalidOperationException($"{ModeVariable}=server needs {ConnectionVariable} to name the server");
            return await StartAsync(new ExistingServer(connectionString), say);
        }
        if (mode == Mode.Cluster) return await StartAsync(new PrivateCluster(), say);

        var engine = await askEngine();
        if (!engine.Answers)
        {
            if (mode == Mode.Testcontainers) throw new InvalidOperationException($"{ModeVariable}=testcontainers: {engine.Summary}");
            return await StartAsync(new PrivateCluster(), say);
        }
        if (engine.ApiVersionToRequest is { } apiVersion) Environment.SetEnvironmentVariable("DOCKER_API_VERSION", apiVersion);

        var container = new PostgresContainer(image);
        try
        {
            return await StartAsync(container, say);
        }
        catch (Exception e) when (mode == Mode.Auto)
        {
            await container.DisposeAsync();
            say($"tests: PostgreSQL: {container.Description} did not start on {engine.Summary}: {OneLine(e)}; " +
                $"using a private cluster instead");
            return await StartAsync(new PrivateCluster(), say);
        }
    }

    public static Task<(IPostgresSource Source, string ConnectionString)> StartFromEnvironmentAsync() =>
        StartAsync(
            ParseMode(Environment.GetEnvironmentVariable(ModeVariable)),
            Environment.GetEnvironmentVariable(ConnectionVariable),
            PostgresContainer.ConfiguredImage,
            () => DockerEngine.AskAsync(DockerEngine.Endpoint, NonEmpty(Environment.GetEnvironmentVariable("DOCKER_API_VERSION")), TimeSpan.FromSeconds(3)),
            Say);

    /// <summary>
    /// To stderr, which <c>dotnet test</c> does not show for a passing run, and to the file named by
    /// <c>CATALOGUE_TEST_POSTGRES_REPORT</c> if set, so CI can show which PostgreSQL each run used.
    /// </summary>
    private static void Say(string line)
    {
        Console.Error.WriteLine(line);
        if (NonEmpty(Environment.GetEnvironmentVariable(ReportVariable)) is { } report) File.AppendAllText(report, line + "\n");
    }

    private static async Task<(IPostgresSource, string)> StartAsync(IPostgresSource source, Action<string> say)
    {
        string connectionString;
        try
        {
            connectionString = await source.StartAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Could not get a PostgreSQL server from {source.Description}: {OneLine(e)}", e);
        }
        say($"tests: PostgreSQL: {source.Description}");
        return (source, connectionString);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string OneLine(Exception e) =>
        string.Join(' ', e.GetBaseException().Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
