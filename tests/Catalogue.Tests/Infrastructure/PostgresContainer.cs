using Npgsql;
using Testcontainers.PostgreSql;

namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// PostgreSQL in a throwaway Docker container, started by Testcontainers from the image named by
/// <c>CATALOGUE_POSTGRES_IMAGE</c> (the official <c>postgres:15</c> unless told otherwise), reached through its
/// port published on the loopback address.
/// </summary>
public sealed class PostgresContainer(string image) : IPostgresSource
{
    public const string ImageVariable = "CATALOGUE_POSTGRES_IMAGE";
    public const string DefaultImage = "postgres:15";

    private PostgreSqlContainer? container;

    public static string ConfiguredImage =>
        Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } named ? named : DefaultImage;

    public string Description => $"a Testcontainers container of {image}";

    public async Task<string> StartAsync(CancellationToken cancellationToken)
    {
        // The host reaches containers only through ports published on loopback, never through a bridge address;
        // Testcontainers would name the bridge gateway when the tests themselves run inside a container.
        if (Environment.GetEnvironmentVariable("TESTCONTAINERS_HOST_OVERRIDE") is not { Length: > 0 }
            && DockerEngine.Endpoint.StartsWith("unix://", StringComparison.Ordinal))
            Environment.SetEnvironmentVariable("TESTCONTAINERS_HOST_OVERRIDE", "127.0.0.1");

        container = new PostgreSqlBuilder(image)
            .WithUsername("postgres")
            .WithPassword("postgres")
            .WithDatabase("postgres")
            .WithCommand("-c", "synchronous_commit=off", "-c", "full_page_writes=off")
            .Build();
        await container.StartAsync(cancellationToken);
        return new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = "postgres" }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (container is not null) await container.DisposeAsync();
    }
}
